import type { UseQueryResult } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Select } from '@/components/form-fields';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { ResponsiveTable, type Column } from '@/components/responsive-table';
import { pageFromSearch, type Page } from '@/lib/api/paging';

/** The `status` and `page` of the address's query, and a way to choose another status (back to the first page). */
export function useStatusFilter<S extends string>(parse: (value: string | null) => S | undefined) {
  const [search, setSearch] = useSearchParams();
  const choose = (value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set('status', value);
    else next.delete('status');
    next.delete('page');
    setSearch(next, { replace: true });
  };
  return { status: parse(search.get('status')), page: pageFromSearch(search.get('page')), choose };
}

interface StatusFilteredListProps<T> {
  /** The id of the status select. */
  id: string;
  status: string | undefined;
  statusOptions: { value: string; label: string }[];
  onStatusChange: (value: string) => void;
  list: UseQueryResult<Page<T>>;
  /** Plural, as the sentences say it: "deliveries", "messages". */
  what: string;
  caption: string;
  /** Said when the list is empty and no status is chosen. */
  none: string;
  noun: string;
  rowKey: (row: T) => string;
  columns: Column<T>[];
}

/** A list that can be narrowed to one status: the status select, then the rows as a responsive table, then the pages. */
export function StatusFilteredList<T>(props: StatusFilteredListProps<T>) {
  const { list, status } = props;
  const items = list.data?.items ?? [];
  return (
    <>
      <Select
        id={props.id}
        label="Status"
        value={status ?? ''}
        onChange={props.onStatusChange}
        options={props.statusOptions}
      />
      {list.isPending && <Loading what={`Loading ${props.what}`} />}
      {list.isError && <LoadError error={list.error} what={`the ${props.what}`} />}
      {list.data && (
        <>
          {items.length === 0 ? (
            <p>{status ? `No ${props.what} have this status.` : props.none}</p>
          ) : (
            <ResponsiveTable
              caption={props.caption}
              rows={items}
              rowKey={props.rowKey}
              busy={list.isFetching}
              columns={props.columns}
            />
          )}
          <Pagination data={list.data} noun={props.noun} />
        </>
      )}
    </>
  );
}
