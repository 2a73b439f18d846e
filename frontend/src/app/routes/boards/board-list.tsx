import { Link, useSearchParams } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { LinkCard, Tag, useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { SearchForm } from '@/components/search-form';
import { useBoards } from '@/features/boards/api/boards';
import { pageFromSearch } from '@/lib/api/paging';
import { useCurrentUser } from '@/lib/auth/use-current-user';

export function BoardListPage() {
  useDocumentTitle('Boards');
  const user = useCurrentUser();
  const [search] = useSearchParams();
  const q = search.get('q') ?? '';
  const page = pageFromSearch(search.get('page'));
  const list = useBoards({ q, page });
  return (
    <>
      <h1>Boards</h1>
      <p>The decision-making bodies that partnerships report to.</p>
      {user?.canManage && (
        <Link className="nhsuk-button" to="/boards/new">
          Create a board
        </Link>
      )}
      <SearchForm id="board-search" label="Search boards" />
      {list.isPending && <Loading what="Loading boards" />}
      {list.isError && <LoadError error={list.error} what="boards" />}
      {list.data && (
        <>
          {list.data.items?.length === 0 && <p>{q ? `No boards match “${q}”.` : 'There are no boards yet.'}</p>}
          <ul className="nhsuk-list tandem-card-list" aria-busy={list.isFetching}>
            {list.data.items?.map((b) => (
              <LinkCard
                key={b.id}
                to={`/boards/${b.id}`}
                title={b.name}
                description={b.description ?? undefined}
                tags={
                  <>
                    {b.statutory && <Tag colour="blue">Statutory</Tag>}{' '}
                    {b.status === 'ARCHIVED' && <Tag colour="grey">Archived</Tag>}
                  </>
                }
              />
            ))}
          </ul>
          <Pagination data={list.data} noun="board" />
        </>
      )}
    </>
  );
}
