import { useSearchParams } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { useMyActions } from '@/features/meetings/api/mine';
import { MyActionList } from '@/features/meetings/components/my-meetings';
import { pageFromSearch } from '@/lib/api/paging';

/** The actions meetings gave me, open ones first, which I mark as done. */
export function MyActionsPage() {
  useDocumentTitle('My actions');
  const [search] = useSearchParams();
  const actions = useMyActions({ page: pageFromSearch(search.get('page')) });
  return (
    <>
      <h1>My actions</h1>
      {actions.isPending && <Loading what="Loading your actions" />}
      {actions.isError && <LoadError error={actions.error} what="your actions" />}
      {actions.data && (
        <>
          <MyActionList actions={actions.data.items ?? []} />
          <Pagination data={actions.data} noun="action" />
        </>
      )}
    </>
  );
}
