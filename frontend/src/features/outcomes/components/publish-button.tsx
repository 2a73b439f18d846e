import { useState, type ReactNode } from 'react';
import { ConflictNotice, diffValues, type ConflictChange } from '@/components/conflict-notice';
import { ErrorSummary } from '@/components/error-summary';
import { isApiError } from '@/lib/api/problem';
import { outcomeUpdate, useSaveOutcome, type Outcome } from '../api/outcomes';
import { OUTCOME_LABELS, outcomeToValues } from './outcome-form';

interface Conflict {
  changes: ConflictChange[];
  latest: Outcome;
}

/**
 * Publishes or unpublishes with the version shown. When someone changed the outcome meanwhile
 * (409), it says what they changed and lets the person publish (or unpublish) the latest version.
 */
export function PublishButton({
  outcome,
  reload,
  children,
}: {
  outcome: Outcome;
  reload: () => Promise<Outcome | undefined>;
  /** Other buttons of the page, shown in the same group. */
  children?: ReactNode;
}) {
  const save = useSaveOutcome(outcome.id);
  const [conflict, setConflict] = useState<Conflict | undefined>(undefined);
  const wanted = !outcome.published;

  const send = (base: Outcome, published: boolean) =>
    save.mutate(outcomeUpdate(base, { published }), {
      onSuccess: () => setConflict(undefined),
      onError: async (error) => {
        if (!isApiError(error) || !error.isConflict) return;
        const latest = await reload();
        if (latest) {
          setConflict({ changes: diffValues(outcomeToValues(base), outcomeToValues(latest), OUTCOME_LABELS), latest });
        }
      },
    });

  return (
    <>
      {conflict ? (
        <ConflictNotice
          changes={conflict.changes}
          onKeepMine={() => send(conflict.latest, wanted)}
          onUseTheirs={() => {
            setConflict(undefined);
            save.reset();
          }}
          busy={save.isPending}
        />
      ) : (
        <ErrorSummary error={save.error} />
      )}
      <div className="nhsuk-button-group">
        <button
          type="button"
          className={`nhsuk-button${outcome.published ? ' nhsuk-button--secondary' : ''}`}
          disabled={save.isPending}
          onClick={() => send(outcome, wanted)}
        >
          {outcome.published ? 'Unpublish' : 'Publish'}
        </button>
        {children}
      </div>
    </>
  );
}
