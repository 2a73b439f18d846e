import { useId } from 'react';
import { Loading } from '@/components/loading';
import { describeProblem, isApiError } from '@/lib/api/problem';
import type { Role } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { useRecordHistory, type AuditEntry } from '../api/audit';
import { describeChanges, describeEntry, formatWhen } from './describe-entry';

/** What the audit API lets each role read (the server decides; this only saves a 403). */
const FINANCE_TYPES = ['claim', 'claim-line', 'claim-receipt', 'claimant-account', 'budget', 'reimbursement-policy'];
const NOT_FOR_STAFF = ['budget', 'reimbursement-policy', 'organisation'];

export function canReadHistory(roles: readonly Role[], entityType: string): boolean {
  if (roles.includes('admin')) return true;
  if (roles.includes('staff') && !NOT_FOR_STAFF.includes(entityType)) return true;
  return roles.includes('finance') && FINANCE_TYPES.includes(entityType);
}

interface HistorySectionProps {
  /** The record's type in the trail (kebab-case: "meeting", "reimbursement-policy"). */
  entityType: string;
  entityId: string;
  /** Only entries of this type (e.g. a meeting's "attendance" for its register); default: the record and its parts. */
  onlyType?: string;
  heading?: string;
}

/**
 * A record's history from the audit trail, newest first, in plain words: who, what, when.
 * Shown only to roles that may read the trail; a 403 hides it quietly.
 */
export function HistorySection({ entityType, entityId, onlyType, heading = 'History' }: HistorySectionProps) {
  const user = useCurrentUser();
  const allowed = Boolean(user && canReadHistory(user.roles, onlyType ?? entityType));
  // The record's own type is not a filter: entityId also matches its parts, whose type differs.
  const history = useRecordHistory(onlyType, entityId, allowed);
  const headingId = useId();
  if (!allowed) return null;
  if (history.isError && isApiError(history.error) && (history.error.status === 403 || history.error.status === 401))
    return null;

  const entries = history.data?.pages.flatMap((p) => p.items ?? []) ?? [];
  const total = history.data?.pages[0]?.totalItems ?? 0;
  return (
    <section className="tandem-history" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {history.isPending ? (
        <Loading what="Loading the history" />
      ) : history.isError ? (
        <p>The history cannot be shown just now: {describeProblem(history.error).title.toLowerCase()}.</p>
      ) : entries.length === 0 ? (
        <p>No changes have been recorded yet.</p>
      ) : (
        <>
          <p className="nhsuk-body-s">
            {total} change{total === 1 ? '' : 's'} recorded, newest first.
          </p>
          <ol className="nhsuk-list tandem-history__list">
            {entries.map((entry) => (
              <HistoryItem key={entry.id} entry={entry} entityId={entityId} />
            ))}
          </ol>
          {history.hasNextPage && (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => void history.fetchNextPage()}
              disabled={history.isFetchingNextPage}
            >
              {history.isFetchingNextPage ? 'Loading…' : 'Show more changes'}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function HistoryItem({ entry, entityId }: { entry: AuditEntry; entityId: string }) {
  const changes = describeChanges(entry);
  return (
    <li className="tandem-history__item">
      <p className="nhsuk-u-margin-bottom-1">
        <strong>{describeEntry(entry, { entityId })}</strong>
      </p>
      {changes && <p className="nhsuk-u-margin-bottom-1">{changes}</p>}
      <p className="nhsuk-body-s tandem-secondary-text">
        <time dateTime={entry.at}>{formatWhen(entry.at)}</time>
      </p>
    </li>
  );
}
