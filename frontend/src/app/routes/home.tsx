import { Link } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { useActions } from '@/features/meetings/api/actions';
import { useMeetings } from '@/features/meetings/api/meetings';
import { ActionRows } from '@/features/meetings/components/action-list';
import { MeetingTable } from '@/features/meetings/components/meeting-table';
import { onlyPlatformAdmin } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { londonToday } from '@/lib/dates';

/** Home: the coming meetings and open actions; a platform administrator, in no organisation, has neither. */
export function HomePage() {
  useDocumentTitle('Home');
  const user = useCurrentUser();
  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">Welcome</span>
        {user?.name}
      </h1>
      {user && onlyPlatformAdmin(user.roles) ? <PlatformHome /> : <OrganisationHome />}
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
