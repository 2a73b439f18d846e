import { Link } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { useActions } from '@/features/meetings/api/actions';
import { useMeetings } from '@/features/meetings/api/meetings';
import { useMyActions, useMyMeetings } from '@/features/meetings/api/mine';
import { ActionRows } from '@/features/meetings/components/action-list';
import { MeetingTable } from '@/features/meetings/components/meeting-table';
import { MyActionList, MyMeetingList } from '@/features/meetings/components/my-meetings';
import { onlyMember, onlyPlatformAdmin } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { londonToday } from '@/lib/dates';

/**
 * Home: the coming meetings and open actions; a member sees their own (their next meeting, their actions), and a
 * platform administrator, in no organisation, has neither.
 */
export function HomePage() {
  useDocumentTitle('Home');
  const user = useCurrentUser();
  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">Welcome</span>
        {user?.name}
      </h1>
      {user && onlyPlatformAdmin(user.roles) ? (
        <PlatformHome />
      ) : user && onlyMember(user.roles) ? (
        <MemberHome />
      ) : (
        <OrganisationHome />
      )}
    </>
  );
}

function PlatformHome() {
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">Organisations</h2>
        <p className="nhsuk-card__description">
          You look after the whole installation: register the organisations that use Tandem and keep their records up to
          date. Meetings and actions belong to organisations, so there are none to show you here.
        </p>
        <p>
          <Link to="/organisations">Go to organisations</Link>
        </p>
      </div>
    </div>
  );
}

/** A member's next meeting (the first of "My meetings" still to come) and their open actions. */
function MemberHome() {
  const meetings = useMyMeetings({ size: 1 });
  const actions = useMyActions({ size: 10 });
  const next = (meetings.data?.items ?? []).filter((m) => m.canRespond);
  const open = (actions.data?.items ?? []).filter((a) => a.status === 'OPEN');
  return (
    <>
      <h2>Your next meeting</h2>
      {meetings.isPending && <Loading what="Loading your meetings" />}
      {meetings.isError && <LoadError error={meetings.error} what="your meetings" />}
      {meetings.data &&
        (next.length > 0 ? <MyMeetingList meetings={next} headingLevel="h3" /> : <p>No meetings are planned.</p>)}
      <p>
        <Link to="/my/meetings">All my meetings</Link>
      </p>
      <h2>Your open actions</h2>
      {actions.isPending && <Loading what="Loading your actions" />}
      {actions.isError && <LoadError error={actions.error} what="your actions" />}
      {actions.data && <MyActionList actions={open} />}
      <p>
        <Link to="/my/actions">All my actions</Link>
      </p>
    </>
  );
}

/** The coming meetings and the open actions of the partnerships and boards you see. */
function OrganisationHome() {
  // Both lists load in parallel.
  const meetings = useMeetings({ from: londonToday(), status: 'PLANNED', size: 5 });
  const actions = useActions({ status: ['OPEN'], size: 10 });
  return (
    <>
      <h2>Coming meetings</h2>
      <MeetingTable query={meetings} empty="No meetings are planned." caption="Coming meetings" />
      <p>
        <Link to="/meetings">All meetings</Link>
      </p>
      <h2>Open actions</h2>
      {actions.isPending && <Loading what="Loading actions" />}
      {actions.isError && <LoadError error={actions.error} what="actions" />}
      {actions.data && <ActionRows actions={actions.data.items ?? []} canEdit={false} showMeeting />}
      <p>
        <Link to="/actions">All actions</Link>
      </p>
    </>
  );
}
