import { Link } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { useActions } from '@/features/meetings/api/actions';
import { useMeetings } from '@/features/meetings/api/meetings';
import { ActionRows } from '@/features/meetings/components/action-list';
import { MeetingTable } from '@/features/meetings/components/meeting-table';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { londonToday } from '@/lib/dates';

/** Home: the coming meetings and the open actions of the partnerships and boards you see. */
export function HomePage() {
  useDocumentTitle('Home');
  const user = useCurrentUser();
  // Both lists load in parallel.
  const meetings = useMeetings({ from: londonToday(), status: 'PLANNED', size: 5 });
  const actions = useActions({ status: ['OPEN'], size: 10 });
  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">Welcome</span>
        {user?.name}
      </h1>
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
