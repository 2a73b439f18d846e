import { Link } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { ResponsiveTable, type Column } from '@/components/responsive-table';
import { formatShortDate } from '@/lib/dates';
import { formatPence } from '@/lib/money';
import type { ClaimSummary, useClaims } from '../api/claims';
import { ClaimStatusTag } from './claim-status-tag';

interface ClaimTableProps {
  query: ReturnType<typeof useClaims>;
  empty: string;
  caption: string;
  /** Show who claims (staff and finance see everyone's). */
  showClaimant?: boolean;
  /** Ticks to choose claims (marking paid in bulk). */
  selected?: ReadonlySet<string>;
  onSelect?: (id: string, checked: boolean) => void;
}

/** Claims: reference, meeting, who, total, status. Stacks into cards on a phone. */
export function ClaimTable({ query, empty, caption, showClaimant, selected, onSelect }: ClaimTableProps) {
  if (query.isPending) return <Loading what="Loading claims" />;
  if (query.isError) return <LoadError error={query.error} what="claims" />;
  const items = query.data.items ?? [];
  if (items.length === 0) return <p>{empty}</p>;
  const columns: Column<ClaimSummary>[] = [
    ...(selected && onSelect
      ? [
          {
            header: 'Pay',
            cell: (c: ClaimSummary) => (
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                <div className="nhsuk-checkboxes__item">
                  <input
                    className="nhsuk-checkboxes__input"
                    id={`pay-${c.id}`}
                    type="checkbox"
                    checked={selected.has(c.id ?? '')}
                    onChange={(e) => onSelect(c.id ?? '', e.target.checked)}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`pay-${c.id}`}>
                    <span className="nhsuk-u-visually-hidden">Pay claim </span>
                    {c.reference}
                  </label>
                </div>
              </div>
            ),
          },
        ]
      : []),
    {
      header: 'Claim',
      cell: (c) => <Link to={`/claims/${c.id}`}>{c.reference}</Link>,
    },
    {
      header: 'Meeting',
      cell: (c) => (
        <>
          {c.meeting?.title}
          <br />
          <span className="nhsuk-body-s">
            {formatShortDate(c.meeting?.date)}, {c.meeting?.partnershipName}
          </span>
        </>
      ),
    },
    ...(showClaimant ? [{ header: 'Claimant', cell: (c: ClaimSummary) => c.claimantName }] : []),
    { header: 'Total', numeric: true, cell: (c) => formatPence(c.totals?.totalPence) },
    {
      header: 'Status',
      cell: (c) => (
        <>
          <ClaimStatusTag status={c.status} />
          {c.late && <span className="nhsuk-body-s"> late</span>}
        </>
      ),
    },
  ];
  return (
    <ResponsiveTable
      caption={caption}
      rows={items}
      rowKey={(c) => c.id ?? ''}
      columns={columns}
      busy={query.isFetching}
    />
  );
}
