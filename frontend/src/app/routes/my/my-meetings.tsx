import { useSearchParams } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { useMyMeetings } from '@/features/meetings/api/mine';
import { MyMeetingList } from '@/features/meetings/components/my-meetings';
import { pageFromSearch } from '@/lib/api/paging';

/** The meetings of my partnerships, upcoming first, where I say whether I will attend. */
export function MyMeetingsPage() {
  useDocumentTitle('My meetings');
  const [search] = useSearchParams();
  const meetings = useMyMeetings({ page: pageFromSearch(search.get('page')) });
  return (
    <>
      <h1>My meetings</h1>
      <p>The meetings of the partnerships you belong to. Tell the organisers whether you will come.</p>
      {meetings.isPending && <Loading what="Loading your meetings" />}
      {meetings.isError && <LoadError error={meetings.error} what="your meetings" />}
      {meetings.data && (
        <>
          <MyMeetingList meetings={meetings.data.items ?? []} />
          <Pagination data={meetings.data} noun="meeting" />
        </>
      )}
    </>
  );
}
