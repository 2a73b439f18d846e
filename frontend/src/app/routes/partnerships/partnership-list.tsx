import { Link, useSearchParams } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { LinkCard, Tag, useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { SearchForm } from '@/components/search-form';
import { usePartnerships } from '@/features/partnerships/api/partnerships';
import { pageFromSearch } from '@/lib/api/paging';
import { useCurrentUser } from '@/lib/auth/use-current-user';

export function PartnershipListPage() {
  useDocumentTitle('Partnerships');
  const user = useCurrentUser();
  const [search] = useSearchParams();
  const q = search.get('q') ?? '';
  const archived = search.get('status') === 'ARCHIVED';
  const page = pageFromSearch(search.get('page'));
  const list = usePartnerships({ q, page, status: archived ? 'ARCHIVED' : 'ACTIVE' });
  return (
    <>
      <h1>Partnerships</h1>
      {user?.canManage && (
        <Link className="nhsuk-button" to="/partnerships/new">
          Create a partnership
        </Link>
      )}
      <SearchForm id="partnership-search" label="Search partnerships" />
      <p>
        {archived ? (
          <Link to="/partnerships">Show active partnerships</Link>
        ) : (
          <Link to="/partnerships?status=ARCHIVED">Show archived partnerships</Link>
        )}
      </p>
      {list.isPending && <Loading what="Loading partnerships" />}
      {list.isError && <LoadError error={list.error} what="partnerships" />}
      {list.data && (
        <>
          {list.data.items?.length === 0 && (
            <p>{q ? `No partnerships match “${q}”.` : 'There are no partnerships yet.'}</p>
          )}
          <ul className="nhsuk-list tandem-card-list" aria-busy={list.isFetching}>
            {list.data.items?.map((p) => (
              <LinkCard
                key={p.id}
                to={`/partnerships/${p.id}`}
                title={p.name}
                description={p.description ?? undefined}
                tags={
                  <>
                    {p.parentId && <Tag colour="aqua-green">Hub</Tag>}{' '}
                    {p.status === 'ARCHIVED' && <Tag colour="grey">Archived</Tag>}
                  </>
                }
              />
            ))}
          </ul>
          <Pagination data={list.data} noun="partnership" />
        </>
      )}
    </>
  );
}
