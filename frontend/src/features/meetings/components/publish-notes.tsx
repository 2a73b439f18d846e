import { ErrorSummary } from '@/components/error-summary';
import { formatDate } from '@/lib/dates';
import { useNotesPublishing } from '../api/published-notes';
import type { Meeting } from '../api/meetings';
import { allows } from '@/lib/allowed';

/**
 * For the staff running a held meeting: put its notes on the partnership's public page, or take
 * them off. What the public then sees is said before anyone presses the button.
 */
export function PublishNotes({ meeting }: { meeting: Meeting }) {
  const { publish, unpublish } = useNotesPublishing(meeting.id ?? '');
  const published = Boolean(meeting.notesPublishedAt);
  const held = meeting.status === 'HELD';
  if (!allows(meeting.allowedActions, published ? 'UNPUBLISH_NOTES' : 'PUBLISH_NOTES', held)) return null;
  const busy = publish.isPending || unpublish.isPending;
  return (
    <section aria-labelledby="public-notes-heading">
      <h2 id="public-notes-heading">Notes on the public page</h2>
      <ErrorSummary error={publish.error ?? unpublish.error} />
      {published ? (
        <p>
          The notes were published on {formatDate(meeting.notesPublishedAt)}. Anyone can read them on the partnership’s
          public page without signing in.
        </p>
      ) : (
        <p>
          Publishing puts the agenda, notes and decisions on the partnership’s public page, where anyone can read them
          without signing in. Nobody is named there: people appear as “a participant”, presenters are left out and
          attendance shows as numbers.
          {meeting.chathamHouse &&
            ' This meeting was held under the Chatham House rule, so nothing said is attributed to anyone.'}
        </p>
      )}
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        disabled={busy}
        onClick={() => (published ? unpublish.mutate(meeting.version ?? 0) : publish.mutate(meeting.version ?? 0))}
      >
        {published ? 'Unpublish notes' : 'Publish notes'}
      </button>
    </section>
  );
}
