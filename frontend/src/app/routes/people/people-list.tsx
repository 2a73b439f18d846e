import { useSearchParams } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { ResponsiveTable } from '@/components/responsive-table';
import { SearchForm } from '@/components/search-form';
import { usePeoplePage } from '@/features/people/api/people';
import { pageFromSearch } from '@/lib/api/paging';

/** Your organisation's directory of people, by name, page by page (staff and admins). */
export function PeopleListPage() {
  useDocumentTitle('People');
  const [search] = useSearchParams();
  const q = search.get('q') ?? '';
  const list = usePeoplePage(q, pageFromSearch(search.get('page')));
  const items = list.data?.items ?? [];
  return (
    <>
      <h1>People</h1>
      <p>Everyone your organisation works with: members, attendees, people who told you something.</p>
      <SearchForm id="people-search" label="Search people by name, affiliation or email" />
      {list.isPending && <Loading what="Loading people" />}
      {list.isError && <LoadError error={list.error} what="people" />}
      {list.data && (
        <>
          {items.length === 0 ? (
            <p>{q ? `Nobody matches “${q}”.` : 'There is nobody in the directory yet.'}</p>
          ) : (
            <ResponsiveTable
              caption="People"
              rows={items}
              rowKey={(p) => p.id ?? ''}
              busy={list.isFetching}
              columns={[
                { header: 'Name', cell: (p) => p.displayName },
                { header: 'With', cell: (p) => p.affiliation ?? 'Not recorded' },
              ]}
            />
          )}
          <Pagination data={list.data} noun="record" />
        </>
      )}
    </>
  );
}
