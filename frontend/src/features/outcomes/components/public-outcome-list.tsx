import { formatDate } from '@/lib/dates';
import type { PublicOutcome } from '../api/public-outcomes';
import { PUBLIC_STATUS_LABELS } from './outcome-labels';

/** The anchor of one outcome on the public page (the backend's PublicLinks.outcome links to it). */
export function outcomeAnchor(outcomeId: string): string {
  return `outcome-${outcomeId}`;
}

/** Where it came from, as the public API tells it: the activities its feedback came from and the meeting that decided it. */
function WhereItCameFrom({ origin }: { origin: PublicOutcome['origin'] }) {
  const activities = origin.activities ?? [];
  const meeting = origin.meeting;
  if (activities.length === 0 && !meeting) return null;
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">Where this came from</dt>
      <dd className="nhsuk-summary-list__value">
        <ul className="nhsuk-list">
          {activities.length > 0 && <li>What people told us at {activities.join(', ')}</li>}
          {meeting && (
            <li>
              Decided at {meeting.title}, {formatDate(meeting.date)}
            </li>
          )}
        </ul>
      </dd>
    </div>
  );
}

function PublicOutcomeItem({ outcome }: { outcome: PublicOutcome }) {
  const status = outcome.status ? PUBLIC_STATUS_LABELS[outcome.status] : undefined;
  const headingId = outcomeAnchor(outcome.id);
  return (
    <li className="nhsuk-card tandem-public-outcome">
      <article className="nhsuk-card__content" aria-labelledby={headingId}>
        <h3 className="nhsuk-heading-s" id={headingId}>
          You said
        </h3>
        <p className="tandem-pre-line">{outcome.youSaid}</p>
        <h3 className="nhsuk-heading-s">We did</h3>
        <p className="tandem-pre-line">{outcome.weDid || 'We have not decided what to do yet.'}</p>
        <dl className="nhsuk-summary-list nhsuk-summary-list--no-border tandem-public-outcome__facts">
          {status && (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Where it stands</dt>
              <dd className="nhsuk-summary-list__value">
                {status}
                {outcome.status === 'NOT_POSSIBLE' && outcome.statusReason && (
                  <>
                    . <span className="tandem-pre-line">Why: {outcome.statusReason}</span>
                  </>
                )}
              </dd>
            </div>
          )}
          {outcome.themes && outcome.themes.length > 0 && (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">About</dt>
              <dd className="nhsuk-summary-list__value">{outcome.themes.join(', ')}</dd>
            </div>
          )}
          <WhereItCameFrom origin={outcome.origin} />
          {outcome.responsible && (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Who is responsible</dt>
              <dd className="nhsuk-summary-list__value">{outcome.responsible}</dd>
            </div>
          )}
          {outcome.dueOn && !outcome.completedOn && (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Expected by</dt>
              <dd className="nhsuk-summary-list__value">{formatDate(outcome.dueOn)}</dd>
            </div>
          )}
          {outcome.completedOn && (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Done on</dt>
              <dd className="nhsuk-summary-list__value">{formatDate(outcome.completedOn)}</dd>
            </div>
          )}
          {outcome.publishedAt && (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Published</dt>
              <dd className="nhsuk-summary-list__value">{formatDate(outcome.publishedAt)}</dd>
            </div>
          )}
        </dl>
      </article>
    </li>
  );
}

/**
 * A partnership's published outcomes for residents: "You said … / We did …", where each stands
 * in plain words, what it is about, who is responsible and when. Only what the public API sends
 * (no names, no feedback texts) is shown.
 */
export function PublicOutcomeList({ outcomes }: { outcomes: readonly PublicOutcome[] }) {
  if (outcomes.length === 0) return <p>Nothing has been published here yet. Please check again later.</p>;
  return (
    <ul className="nhsuk-list tandem-public-outcomes">
      {outcomes.map((o) => (
        <PublicOutcomeItem key={o.id} outcome={o} />
      ))}
    </ul>
  );
}
