import { Link, useSearchParams } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { useActions } from '@/features/meetings/api/actions';
import { ActionRows } from '@/features/meetings/components/action-list';
import { pageFromSearch } from '@/lib/api/paging';

const VIEWS = [
  { key: 'open', label: 'Open', status: ['OPEN' as const] },
  { key: 'closed', label: 'Done or dropped', status: ['DONE' as const, 'DROPPED' as const] },
];

/** Actions across meetings, tracked until closed. */
export function ActionsPage() {
  useDocumentTitle('Actions');
  const [search] = useSearchParams();
  const view = VIEWS.find((v) => v.key === search.get('view')) ?? VIEWS[0];
  const page = pageFromSearch(search.get('page'));
  const actions = useActions({ status: view?.status, page });
  return (
    <>
      <h1>Actions</h1>
      <nav aria-label="Which actions">
        <ul className="nhsuk-list tandem-tabs">
          {VIEWS.map((v) => (
            <li key={v.key}>
              <Link to={`/actions?view=${v.key}`} aria-current={v === view ? 'page' : undefined}>
                {v.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {actions.isPending && <Loading what="Loading actions" />}
      {actions.isError && <LoadError error={actions.error} what="actions" />}
      {actions.data && (
        <>
          <ActionRows actions={actions.data.items ?? []} canEdit={false} showMeeting />
          <Pagination data={actions.data} noun="action" />
        </>
      )}
    </>
  );
}
