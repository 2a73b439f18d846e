import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { BackLink, PageError, Paragraphs, SummaryList, Tag, useDocumentTitle } from '@/components/page';
import { useOutcome, useOutcomeThemes } from '@/features/outcomes/api/outcomes';
import { LinkedFeedback } from '@/features/outcomes/components/linked-feedback';
import { OutcomeStatusTag, PublishedTag } from '@/features/outcomes/components/outcome-status-tag';
import { PublishButton } from '@/features/outcomes/components/publish-button';
import { StatusChangeForm } from '@/features/outcomes/components/status-change-form';
import { StatusHistory } from '@/features/outcomes/components/status-history';
import { usePartnership } from '@/features/partnerships/api/partnerships';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { formatDate } from '@/lib/dates';
import { useOrganisation } from '@/features/organisations/api/organisations';
import { useBoard } from '@/features/boards/api/boards';
import { HistorySection } from '@/features/history/components/history-section';
import { allows } from '@/lib/allowed';

export function OutcomePage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const outcome = useOutcome(id);
  const partnership = usePartnership(outcome.data?.partnershipId);
  const themes = useOutcomeThemes(outcome.data?.partnershipId);
  const responsibleOrganisation = useOrganisation(outcome.data?.responsibleOrganisationId ?? undefined);
  const responsibleBoard = useBoard(outcome.data?.responsibleBoardId);
  const canEdit = Boolean(user?.canManage && partnership.data?.canEdit);
  // Members may see outcomes but the API does not let them read feedback itself.
  const canReadFeedback = Boolean(user?.roles.some((r) => r === 'admin' || r === 'staff' || r === 'analyst'));
  useDocumentTitle('Outcome');

  if (outcome.isPending) return <Loading what="Loading the outcome" />;
  if (outcome.isError) return <PageError error={outcome.error} />;
  const o = outcome.data;
  const themeNames = (o.themeIds ?? []).map((t) => themes.data?.find((x) => x.id === t)?.name ?? 'A theme');
  const responsible = o.responsibleOrganisationId ? (
    <Link to={`/organisations/${o.responsibleOrganisationId}`}>
      {responsibleOrganisation.data?.name ?? 'An organisation'}
    </Link>
  ) : o.responsibleOrganisationName ? (
    o.responsibleOrganisationName
  ) : o.responsibleBoardId ? (
    (responsibleBoard.data?.name ?? 'A board')
  ) : undefined;
  const backTo = `/outcomes?partnershipId=${o.partnershipId ?? ''}`;

  return (
    <>
      <BackLink to={backTo}>Outcomes</BackLink>
      <span className="nhsuk-caption-l">{partnership.data?.name}</span>
      <h1>
        Outcome <OutcomeStatusTag status={o.status} /> <PublishedTag published={o.published} />
      </h1>

      <h2>You said</h2>
      <Paragraphs text={o.youSaid} />
      <h2>We did</h2>
      {o.weDid ? <Paragraphs text={o.weDid} /> : <p>Not written yet.</p>}

      <SummaryList
        rows={[
          {
            key: 'Status',
            value: (
              <>
                <OutcomeStatusTag status={o.status} />
                {o.status === 'NOT_POSSIBLE' && o.statusReason && (
                  <p className="nhsuk-u-margin-top-2">{o.statusReason}</p>
                )}
              </>
            ),
          },
          {
            key: 'Themes',
            value:
              themeNames.length > 0 ? (
                <ul className="tandem-tag-list">
                  {themeNames.map((t, i) => (
                    <li key={`${t}-${i}`}>
                      <Tag colour="white">{t}</Tag>
                    </li>
                  ))}
                </ul>
              ) : (
                'None'
              ),
          },
          { key: 'Responsible', value: responsible ?? 'Not decided yet' },
          ...(o.decisionMeeting
            ? [
                {
                  key: 'Decided at',
                  value: (
                    <Link to={`/meetings/${o.decisionMeeting.meetingId ?? ''}`}>
                      {o.decisionMeeting.title}, {formatDate(o.decisionMeeting.date)}
                    </Link>
                  ),
                },
              ]
            : []),
          {
            key: 'Partnership',
            value: (
              <Link to={`/partnerships/${o.partnershipId ?? ''}`}>{partnership.data?.name ?? 'The partnership'}</Link>
            ),
          },
          { key: 'Recorded', value: formatDate(o.createdAt) },
          { key: 'Due', value: o.dueOn ? formatDate(o.dueOn) : 'No due date' },
          ...(o.completedOn ? [{ key: 'Completed', value: formatDate(o.completedOn) }] : []),
          {
            key: 'Public page',
            value: o.published ? (
              <>
                Published {formatDate(o.publishedAt)}.{' '}
                <Link to={`/public/partnerships/${o.partnershipId ?? ''}`}>See the public page</Link>
              </>
            ) : (
              'Not published'
            ),
          },
        ]}
      />

      {canEdit && (
        <PublishButton outcome={o} reload={async () => (await outcome.refetch()).data}>
          {allows(o.allowedActions, 'EDIT', true) && (
            <Link className="nhsuk-button nhsuk-button--secondary" to={`/outcomes/${id}/edit`}>
              Edit
            </Link>
          )}
        </PublishButton>
      )}

      {canEdit && allows(o.allowedActions, 'CHANGE_STATUS', true) && (
        <section aria-labelledby="change-status-heading">
          <h2 id="change-status-heading">Change status</h2>
          <StatusChangeForm outcome={o} />
        </section>
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Status history</h2>
        <StatusHistory history={o.history ?? []} />
      </section>

      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">Linked feedback</h2>
        <LinkedFeedback ids={o.feedbackIds ?? []} readable={canReadFeedback} />
      </section>
      <HistorySection entityType="outcome" entityId={id} heading="History of changes" />
    </>
  );
}
