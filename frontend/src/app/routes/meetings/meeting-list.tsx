import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { HolderChooser } from '@/components/choosers';
import { Select } from '@/components/form-fields';
import { useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { useMeetings } from '@/features/meetings/api/meetings';
import { MeetingTable } from '@/features/meetings/components/meeting-table';
import { isKey, STATUS_LABELS, optionsOf } from '@/features/meetings/components/meeting-labels';
import { pageFromSearch } from '@/lib/api/paging';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { londonToday } from '@/lib/dates';
import { DateRangeFields } from '@/components/date-range-fields';

/** Meetings by partnership or board and date range; from today onwards unless asked otherwise. */
export function MeetingListPage() {
  useDocumentTitle('Meetings');
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const holder = search.get('partnershipId')
    ? `partnership:${search.get('partnershipId')}`
    : search.get('boardId')
      ? `board:${search.get('boardId')}`
      : '';
  const from = search.get('from') ?? londonToday();
  const to = search.get('to') ?? '';
  const statusParam = search.get('status') ?? '';
  const status = isKey(STATUS_LABELS, statusParam) ? statusParam : undefined;
  const page = pageFromSearch(search.get('page'));
  const [holderKind, holderId] = holder.split(':');
  const meetings = useMeetings({
    partnershipId: holderKind === 'partnership' ? holderId : undefined,
    boardId: holderKind === 'board' ? holderId : undefined,
    from: from || undefined,
    to: to || undefined,
    status,
    page,
  });

  const [filter, setFilter] = useState({ holder, from, to, status: statusParam });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    const [kind, id] = filter.holder.split(':');
    if (kind === 'partnership' && id) next.set('partnershipId', id);
    if (kind === 'board' && id) next.set('boardId', id);
    next.set('from', filter.from);
    if (filter.to) next.set('to', filter.to);
    if (filter.status) next.set('status', filter.status);
    setSearch(next);
  };

  return (
    <>
      <h1>Meetings</h1>
      {user?.canManage && (
        <Link
          className="nhsuk-button"
          to={holderKind === 'partnership' ? `/meetings/new?partnershipId=${holderId}` : '/meetings/new'}
        >
          Plan a meeting
        </Link>
      )}
      <form className="tandem-filters" onSubmit={apply} aria-label="Filter meetings">
        <HolderChooser
          id="filter-holder"
          label="Held by"
          hint="Empty for all partnerships and boards"
          value={filter.holder}
          onChange={(v) => setFilter({ ...filter, holder: v })}
        />
        <DateRangeFields
          idPrefix="filter"
          toLabel="To (optional)"
          value={filter}
          onChange={(r) => setFilter({ ...filter, ...r })}
        />
        <Select
          id="filter-status"
          label="Status"
          value={filter.status}
          onChange={(v) => setFilter({ ...filter, status: v })}
          options={[{ value: '', label: 'Any status' }, ...optionsOf(STATUS_LABELS)]}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Show meetings
        </button>
      </form>
      <MeetingTable query={meetings} empty="No meetings match." />
      {meetings.data && <Pagination data={meetings.data} noun="meeting" />}
    </>
  );
}
