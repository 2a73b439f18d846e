import { Link } from 'react-router';
import { Details, Tag } from '@/components/page';
import { formatShortDate } from '@/lib/dates';
import type { Outcome, OutcomeStatus } from '../api/outcomes';
import { STATUS_LABELS, STATUS_ORDER } from './outcome-labels';
import { PublishedTag } from './outcome-status-tag';
import { StatusChangeForm } from './status-change-form';

/** Outcomes in the board's four columns, in the order given within each. */
export function groupByStatus(outcomes: readonly Outcome[]): Record<OutcomeStatus, Outcome[]> {
  const groups: Record<OutcomeStatus, Outcome[]> = {
    UNDER_CONSIDERATION: [],
    IN_PROGRESS: [],
    DONE: [],
    NOT_POSSIBLE: [],
  };
  for (const outcome of outcomes) groups[outcome.status ?? 'UNDER_CONSIDERATION'].push(outcome);
  return groups;
}

function shorten(text: string | undefined, max = 160): string {
  if (!text) return '';
  return text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
}

function OutcomeCard({
  outcome,
  themeName,
  canEdit,
}: {
  outcome: Outcome;
  themeName: (id: string) => string | undefined;
  canEdit: boolean;
}) {
  const themes = (outcome.themeIds ?? []).map(themeName).filter((n): n is string => Boolean(n));
  const id = outcome.id ?? '';
  return (
    <li className="nhsuk-card tandem-outcome-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-xs">
          <Link to={`/outcomes/${id}`}>
            <span className="nhsuk-u-visually-hidden">You said: </span>
            {shorten(outcome.youSaid, 120)}
          </Link>
        </h3>
        <p className="nhsuk-body-s">
          <strong>We did:</strong> {outcome.weDid ? shorten(outcome.weDid) : 'Not written yet'}
        </p>
        {themes.length > 0 && (
          <ul className="tandem-tag-list" aria-label="Themes">
            {themes.map((t) => (
              <li key={t}>
                <Tag colour="white">{t}</Tag>
              </li>
            ))}
          </ul>
        )}
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
          <PublishedTag published={outcome.published} />
          {outcome.dueOn && <> Due {formatShortDate(outcome.dueOn)}</>}
          {outcome.completedOn && <> Completed {formatShortDate(outcome.completedOn)}</>}
        </p>
        {canEdit && (
          <Details summary="Change status">
            <StatusChangeForm outcome={outcome} idPrefix={`card-${id}`} />
          </Details>
        )}
      </div>
    </li>
  );
}

interface OutcomeBoardProps {
  outcomes: readonly Outcome[];
  themeName: (id: string) => string | undefined;
  canEdit: boolean;
}

/**
 * The outcomes of a partnership in four columns by status; on a narrow screen the columns stack.
 * Each column is a section with its heading and count, so screen readers can move between them.
 */
export function OutcomeBoard({ outcomes, themeName, canEdit }: OutcomeBoardProps) {
  const groups = groupByStatus(outcomes);
  return (
    <div className="tandem-outcome-board">
      {STATUS_ORDER.map((status) => {
        const headingId = `column-${status.toLowerCase()}`;
        return (
          <section key={status} className="tandem-outcome-board__column" aria-labelledby={headingId}>
            <h2 id={headingId} className="nhsuk-heading-s">
              {STATUS_LABELS[status]} <span className="tandem-outcome-board__count">({groups[status].length})</span>
            </h2>
            {groups[status].length === 0 ? (
              <p className="nhsuk-body-s">None.</p>
            ) : (
              <ul className="nhsuk-list">
                {groups[status].map((o) => (
                  <OutcomeCard key={o.id} outcome={o} themeName={themeName} canEdit={canEdit} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
