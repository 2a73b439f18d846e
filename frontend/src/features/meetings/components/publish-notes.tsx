import { useState } from 'react';
import { ErrorSummary, LoadError } from '@/components/error-summary';
import { formatDate } from '@/lib/dates';
import { useNotesPublishing, usePublicPreview } from '../api/published-notes';
import type { Meeting } from '../api/meetings';
import { allows } from '@/lib/allowed';
import { PublicMeetingItem } from './public-meeting-notes';

/**
 * For the staff running a held meeting: put its notes on the partnership's public page, or take
 * them off. Before publishing, the preview shows exactly what the public will read (the server's
 * public wording, counts, named people and documents), and only then is "Publish notes" offered.
 */
export function PublishNotes({ meeting }: { meeting: Meeting }) {
  const meetingId = meeting.id ?? '';
  const { publish, unpublish } = useNotesPublishing(meetingId);
  const [previewing, setPreviewing] = useState(false);
  const preview = usePublicPreview(meetingId, previewing);
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
          without signing in. Only the people you name publicly, with their consent, are named there: everyone else
          appears as “a participant”, presenters are left out and attendance shows as numbers.
          {meeting.chathamHouse &&
            ' This meeting was held under the Chatham House rule, so nothing said is attributed to anyone.'}
        </p>
      )}
      {!published && !previewing && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setPreviewing(true)}>
          Preview public notes
        </button>
      )}
      {previewing && !published && (
        <div className="tandem-public-preview" aria-labelledby="public-preview-heading">
          <h3 id="public-preview-heading">Preview: what the public will read</h3>
          {preview.isPending && <p>Loading the preview…</p>}
          {preview.isError && <LoadError error={preview.error} what="the preview" />}
          {preview.data && (
            <ul className="nhsuk-list">
              <PublicMeetingItem meeting={preview.data} />
            </ul>
          )}
        </div>
      )}
      {(published || (previewing && preview.data)) && (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={busy}
          onClick={() => (published ? unpublish.mutate(meeting.version ?? 0) : publish.mutate(meeting.version ?? 0))}
        >
          {published ? 'Unpublish notes' : 'Publish notes'}
        </button>
      )}
    </section>
  );
}
