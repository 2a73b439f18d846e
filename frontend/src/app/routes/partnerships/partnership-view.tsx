import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { BackLink, Details, PageError, Paragraphs, Tag, useDocumentTitle } from '@/components/page';
import { usePartnership } from '@/features/partnerships/api/partnerships';
import { AddMemberForm } from '@/features/partnerships/components/add-member-form';
import { MemberList } from '@/features/partnerships/components/member-list';
import { usePersonResolver } from '@/features/people/api/resolve-person';
import { useMeetings } from '@/features/meetings/api/meetings';
import { CalendarButton } from '@/features/meetings/components/calendar-button';
import { SubscribePanel } from '@/features/calendar-feeds/components/subscribe-panel';
import { canSubscribe } from '@/features/calendar-feeds/api/calendar-feeds';
import { MeetingTable } from '@/features/meetings/components/meeting-table';
import { londonToday } from '@/lib/dates';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { HistorySection } from '@/features/history/components/history-section';

export function PartnershipPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  // The partnership and its coming meetings load side by side.
  const partnership = usePartnership(id);
  const meetings = useMeetings({ partnershipId: id, from: londonToday(), size: 5 });
  const canEdit = Boolean(partnership.data?.canEdit && user?.canManage);
  const resolvePerson = usePersonResolver();
  useDocumentTitle(partnership.data?.name ?? 'Partnership');

  if (partnership.isPending) return <Loading what="Loading the partnership" />;
  if (partnership.isError) return <PageError error={partnership.error} />;
  const p = partnership.data;

  return (
    <>
      <BackLink to="/partnerships">Partnerships</BackLink>
      <h1>
        {p.name} {p.status === 'ARCHIVED' && <Tag colour="grey">Archived</Tag>}
      </h1>
      {p.description && <p className="nhsuk-lede-text">{p.description}</p>}
      {p.parentId && (
        <p>
          This is a hub of another partnership:{' '}
          <Link to={`/partnerships/${p.parentId}`}>see the partnership it belongs to</Link>.
        </p>
      )}
      <div className="nhsuk-button-group">
        {canEdit && (
          <Link className="nhsuk-button" to={`/partnerships/${id}/edit`}>
            Edit partnership
          </Link>
        )}
        {canEdit && (
          <Link className="nhsuk-button nhsuk-button--secondary" to={`/meetings/new?partnershipId=${id}`}>
            Plan a meeting
          </Link>
        )}
        <CalendarButton
          partnershipId={id}
          filename={`${p.name ?? 'partnership'}.ics`}
          label="Add all its meetings to your calendar"
        />
      </div>

      {user?.canManage && (
        <p>
          <Link to={`/feedback/new?partnershipId=${id}`}>Record feedback for {p.name}</Link>
        </p>
      )}
      <p>
        <Link to={`/outcomes?partnershipId=${id}`}>Outcomes (“you said, we did”) of {p.name}</Link>
        <br />
        <Link to={`/public/partnerships/${id}`}>Public ‘you said, we did’ page</Link> (anyone can read it without
        signing in)
      </p>

      <h2>Coming meetings</h2>
      <MeetingTable query={meetings} empty="No meetings are planned." />
      <p>
        <Link to={`/meetings?partnershipId=${id}`}>All meetings of {p.name}</Link>
      </p>
      {canSubscribe(user?.roles) && <SubscribePanel target={{ partnershipId: id }} noun="partnership" />}

      <h2>Terms of reference</h2>
      {p.termsOfReference ? <Paragraphs text={p.termsOfReference} /> : <p>None recorded yet.</p>}

      <h2>Success criteria</h2>
      {p.successCriteria && p.successCriteria.length > 0 ? (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {p.successCriteria.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      ) : (
        <p>None recorded yet.</p>
      )}

      <h2>Reports to</h2>
      {p.boards && p.boards.length > 0 ? (
        <ul className="nhsuk-list">
          {p.boards.map((b) => (
            <li key={b.id}>
              <Link to={`/boards/${b.id}`}>{b.name}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>It does not report to a board.</p>
      )}

      <h2>Hubs</h2>
      {p.hubs && p.hubs.length > 0 ? (
        <ul className="nhsuk-list">
          {p.hubs.map((h) => (
            <li key={h.id}>
              <Link to={`/partnerships/${h.id}`}>{h.name}</Link>{' '}
              {h.status === 'ARCHIVED' && <Tag colour="grey">Archived</Tag>}
            </li>
          ))}
        </ul>
      ) : (
        <p>It has no hubs.</p>
      )}

      <h2 id="members">Members</h2>
      <MemberList partnershipId={id} members={p.members} canEdit={canEdit} />
      {canEdit && (
        <Details summary="Add a member">
          <AddMemberForm partnershipId={id} resolvePerson={resolvePerson} />
        </Details>
      )}
      {p.website && (
        <p>
          Website: <a href={p.website}>{p.website}</a>
        </p>
      )}
      <HistorySection entityType="partnership" entityId={id} />
    </>
  );
}
