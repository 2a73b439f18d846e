import { Link, useParams, useSearchParams } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { BackLink, PageError, Paragraphs, SummaryList, Tag, useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { useBoard } from '@/features/boards/api/boards';
import { useMeetings } from '@/features/meetings/api/meetings';
import { MeetingTable } from '@/features/meetings/components/meeting-table';
import { canSubscribe } from '@/features/calendar-feeds/api/calendar-feeds';
import { SubscribePanel } from '@/features/calendar-feeds/components/subscribe-panel';
import { usePartnerships } from '@/features/partnerships/api/partnerships';
import { pageFromSearch } from '@/lib/api/paging';
import { londonToday } from '@/lib/dates';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { HistorySection } from '@/features/history/components/history-section';

export function BoardPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const [search] = useSearchParams();
  // The board, the partnerships reporting to it and its coming meetings load side by side.
  const board = useBoard(id);
  const partnerships = usePartnerships({ boardId: id, page: pageFromSearch(search.get('page')) });
  const meetings = useMeetings({ boardId: id, from: londonToday(), size: 5 });
  useDocumentTitle(board.data?.name ?? 'Board');

  if (board.isPending) return <Loading what="Loading the board" />;
  if (board.isError) return <PageError error={board.error} />;
  const b = board.data;
  const canEdit = Boolean(b.canEdit && user?.canManage);
  return (
    <>
      <BackLink to="/boards">Boards</BackLink>
      <h1>
        {b.name} {b.status === 'ARCHIVED' && <Tag colour="grey">Archived</Tag>}
      </h1>
      <Paragraphs text={b.description} />
      <SummaryList
        rows={[
          { key: 'Statutory body', value: b.statutory ? 'Yes' : 'No' },
          { key: 'Website', value: b.website ? <a href={b.website}>{b.website}</a> : 'Not recorded' },
        ]}
      />
      <div className="nhsuk-button-group">
        {canEdit && (
          <Link className="nhsuk-button" to={`/boards/${id}/edit`}>
            Edit board
          </Link>
        )}
        {canEdit && (
          <Link className="nhsuk-button nhsuk-button--secondary" to={`/meetings/new?boardId=${id}`}>
            Plan a meeting
          </Link>
        )}
      </div>
      <h2>Partnerships that report to it</h2>
      {partnerships.isPending && <Loading what="Loading partnerships" />}
      {partnerships.isError && <LoadError error={partnerships.error} what="partnerships" />}
      {partnerships.data &&
        (partnerships.data.items?.length ? (
          <>
            <ul className="nhsuk-list" aria-busy={partnerships.isFetching}>
              {partnerships.data.items.map((p) => (
                <li key={p.id}>
                  <Link to={`/partnerships/${p.id}`}>{p.name}</Link>
                </li>
              ))}
            </ul>
            <Pagination data={partnerships.data} noun="partnership" />
          </>
        ) : (
          <p>No partnership reports to it yet.</p>
        ))}
      <h2>Coming meetings</h2>
      <MeetingTable query={meetings} empty="No meetings are planned." />
      <p>
        <Link to={`/meetings?boardId=${id}`}>All meetings of {b.name}</Link>
      </p>
      {canSubscribe(user?.roles) && <SubscribePanel target={{ boardId: id }} noun="board" />}
      <HistorySection entityType="board" entityId={id} />
    </>
  );
}
