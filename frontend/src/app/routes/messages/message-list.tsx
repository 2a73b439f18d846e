import { ErrorSummary } from '@/components/error-summary';
import { useDocumentTitle } from '@/components/page';
import { type Column } from '@/components/responsive-table';
import { StatusFilteredList, useStatusFilter } from '@/components/status-filtered-list';
import { useMailMessages, useRetryMail, type MailMessage } from '@/features/mail/api/mail';
import { MAIL_STATUS_OPTIONS, MailStatusTag, mailStatusFilter } from '@/features/mail/components/mail-status';
import { formatMoment } from '@/lib/dates';

function outcome(mail: MailMessage): string {
  if (mail.status === 'SENT') return `Sent ${formatMoment(mail.sentAt)}`;
  if (mail.status === 'FAILED') return mail.lastError ?? 'Failed';
  if (mail.nextAttemptAt && mail.attempts)
    return `${mail.lastError ?? 'Not sent'}. Next try ${formatMoment(mail.nextAttemptAt)}`;
  return 'Waiting to be sent';
}

/** The mail Tandem sent to the organisation's people (admins only), by status; failed mail can be sent again. */
export function MessageListPage() {
  useDocumentTitle('Messages sent');
  const { status, page, choose } = useStatusFilter(mailStatusFilter);
  const list = useMailMessages({ status, page });
  const retry = useRetryMail();

  const columns: Column<MailMessage>[] = [
    {
      header: 'To',
      cell: (m) => (
        <>
          {m.toName && <span className="tandem-break-all">{m.toName}</span>}
          {m.toName && <br />}
          <span className="nhsuk-body-s tandem-break-all">{m.toAddress}</span>
        </>
      ),
    },
    {
      header: 'Subject',
      cell: (m) => (
        <>
          {m.subject}
          <br />
          <code className="nhsuk-body-s">{m.kind}</code>
        </>
      ),
    },
    { header: 'Queued', cell: (m) => formatMoment(m.createdAt) },
    { header: 'Status', cell: (m) => <MailStatusTag mail={m} /> },
    { header: 'Attempts', cell: (m) => m.attempts ?? 0, numeric: true },
    { header: 'What happened', cell: (m) => outcome(m) },
    {
      header: 'Send again',
      cell: (m) =>
        m.status === 'FAILED' ? (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
            disabled={retry.isPending}
            onClick={() => retry.mutate(m)}
          >
            Retry{' '}
            <span className="nhsuk-u-visually-hidden">
              {m.subject} to {m.toAddress}
            </span>
          </button>
        ) : (
          'Not needed'
        ),
    },
  ];

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Messages sent</h1>
        <p>
          The emails Tandem sent to your organisation’s people, newest first. A message the mail server did not take is
          tried again for about 8 hours; one it refused, or that ran out of tries, has failed: put the cause right (an
          address, say), then retry it.
        </p>
        <ErrorSummary error={retry.error} />
        {retry.isSuccess && (
          <p role="status" className="nhsuk-body-s">
            The message is queued to be sent again.
          </p>
        )}
        <StatusFilteredList
          id="mail-status"
          status={status}
          statusOptions={MAIL_STATUS_OPTIONS}
          onStatusChange={choose}
          list={list}
          what="messages"
          caption="Messages sent"
          none="No messages have been sent to your people yet."
          noun="message"
          rowKey={(m) => m.id ?? ''}
          columns={columns}
        />
      </div>
    </div>
  );
}
