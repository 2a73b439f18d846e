import { Details } from '@/components/page';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { Select, TextInput } from '@/components/form-fields';
import { useAddDocument, useRemoveDocument, useSetDocumentPublication, type DocumentKind } from '../api/documents';
import type { Meeting } from '../api/meetings';
import { DOCUMENT_KIND_LABELS, isKey, optionsOf } from './meeting-labels';

/** The meeting's papers, slides and recordings as titled links; editable by those who run it. */
export function DocumentList({ meeting, canEdit }: { meeting: Meeting; canEdit: boolean }) {
  const meetingId = meeting.id ?? '';
  const add = useAddDocument(meetingId);
  const remove = useRemoveDocument(meetingId);
  const publication = useSetDocumentPublication(meetingId);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [kind, setKind] = useState<DocumentKind>('PAPER');
  const documents = meeting.documents ?? [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { title: title.trim(), url: url.trim(), kind },
      {
        onSuccess: () => {
          setTitle('');
          setUrl('');
        },
      },
    );
  };

  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents</h2>
      <ErrorSummary error={remove.error ?? publication.error} />
      {documents.length === 0 ? (
        <p>No documents linked yet.</p>
      ) : (
        <ul className="nhsuk-list">
          {documents.map((d) => (
            <li key={d.id}>
              <a href={d.url} rel="noopener noreferrer" target="_blank">
                {d.title}
                <span className="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
              </a>{' '}
              <span className="nhsuk-body-s">({d.kind ? DOCUMENT_KIND_LABELS[d.kind] : 'Document'})</span>
              {d.shownPublicly && (
                <>
                  {' '}
                  <strong className="nhsuk-tag nhsuk-tag--blue">On the public page</strong>
                </>
              )}
              {canEdit && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="tandem-link-button"
                    disabled={publication.isPending}
                    onClick={() => d.id && publication.mutate({ documentId: d.id, shownPublicly: !d.shownPublicly })}
                  >
                    {d.shownPublicly ? 'Stop showing on the public page' : 'Show on the public page'}
                    <span className="nhsuk-u-visually-hidden">: {d.title}</span>
                  </button>{' '}
                  <button
                    type="button"
                    className="tandem-link-button"
                    disabled={remove.isPending}
                    onClick={() => d.id && remove.mutate(d.id)}
                  >
                    Remove<span className="nhsuk-u-visually-hidden"> {d.title}</span>
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <Details summary="Link a document">
          <form onSubmit={submit} noValidate>
            <ErrorSummary
              error={add.error}
              fields={{ title: 'document-title', url: 'document-url', kind: 'document-kind' }}
            />
            <TextInput
              id="document-title"
              label="Title"
              value={title}
              onChange={setTitle}
              error={fieldError(add.error, 'title')}
              maxLength={300}
            />
            <TextInput
              id="document-url"
              label="Link"
              hint="The full address, starting https://"
              type="url"
              value={url}
              onChange={setUrl}
              error={fieldError(add.error, 'url')}
            />
            <Select
              id="document-kind"
              label="Kind"
              value={kind}
              onChange={(v) => setKind(isKey(DOCUMENT_KIND_LABELS, v) ? v : 'OTHER')}
              options={optionsOf(DOCUMENT_KIND_LABELS)}
            />
            <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={add.isPending}>
              Link document
            </button>
          </form>
        </Details>
      )}
    </section>
  );
}
