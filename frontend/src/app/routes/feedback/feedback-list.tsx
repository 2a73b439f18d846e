import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ActivityChooser, PartnershipChooser } from '@/components/choosers';
import { Checkbox, Select, TextInput } from '@/components/form-fields';
import { useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { useSelection } from '@/components/use-selection';
import { useFeedbackList } from '@/features/feedback/api/feedback';
import { useThemes } from '@/features/feedback/api/themes';
import { BulkTagging } from '@/features/feedback/components/bulk-tagging';
import { FeedbackTable } from '@/features/feedback/components/feedback-table';
import { indentedLabel, themeOptions } from '@/lib/theme-tree';
import { pageFromSearch } from '@/lib/api/paging';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { FeedbackTabs } from './feedback-tabs';
import { DateRangeFields } from '@/components/date-range-fields';

const FILTERS = ['partnershipId', 'activityId', 'themeId', 'from', 'to', 'area', 'untagged'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/**
 * Feedback with filters (/feedback), or the queue still to tag, oldest first (/feedback/untagged).
 * Staff tick items to tag them together or to make an outcome of them.
 */
export function FeedbackListPage({ queue = false }: { queue?: boolean }) {
  const title = queue ? 'Feedback to tag' : 'Feedback';
  useDocumentTitle(title);
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const current: Filters = {
    partnershipId: search.get('partnershipId') ?? '',
    activityId: search.get('activityId') ?? '',
    themeId: search.get('themeId') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
    area: search.get('area') ?? '',
    untagged: search.get('untagged') ?? '',
  };
  const page = pageFromSearch(search.get('page'));
  const themes = useThemes();
  const options = themeOptions(themes.data ?? []);
  const [filter, setFilter] = useState<Filters>(current);
  const list = useFeedbackList({
    partnershipId: current.partnershipId || undefined,
    activityId: current.activityId || undefined,
    themeId: queue ? undefined : current.themeId || undefined,
    from: current.from || undefined,
    to: current.to || undefined,
    area: current.area || undefined,
    untagged: queue || current.untagged === 'true' || undefined,
    sort: queue ? 'receivedOn' : 'receivedOn,desc',
    page,
  });
  const selection = useSelection();

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const key of FILTERS) {
      const value = filter[key].trim();
      if (value) next.set(key, value);
    }
    // Ticks are for what is in view: a new filter starts a new selection.
    selection.clear();
    setSearch(next);
  };
  const set = (key: keyof Filters, value: string) =>
    setFilter((f) => ({ ...f, [key]: value, ...(key === 'partnershipId' ? { activityId: '' } : {}) }));

  return (
    <>
      <h1>{title}</h1>
      <FeedbackTabs />
      {queue ? (
        <p>Feedback with no theme yet, oldest first. Tick items and add themes to them together.</p>
      ) : (
        <p>What people told us, from engagement activities and partners.</p>
      )}
      {user?.canManage && (
        <Link className="nhsuk-button" to="/feedback/new">
          Record feedback
        </Link>
      )}
      <form className="tandem-filters" onSubmit={apply} aria-label="Filter feedback">
        <PartnershipChooser
          id="filter-partnership"
          label="Partnership"
          hint="Empty for all"
          value={filter.partnershipId}
          onChange={(v) => set('partnershipId', v)}
        />
        <ActivityChooser
          id="filter-activity"
          label="Activity"
          hint="Empty for any"
          partnershipId={filter.partnershipId}
          value={filter.activityId}
          onChange={(v) => set('activityId', v)}
        />
        {!queue && (
          <Select
            id="filter-theme"
            label="Theme"
            value={filter.themeId}
            onChange={(v) => set('themeId', v)}
            options={[
              { value: '', label: 'Any theme' },
              ...options.map((o) => ({ value: o.id, label: indentedLabel(o) })),
            ]}
          />
        )}
        <DateRangeFields idPrefix="filter" value={filter} onChange={(r) => setFilter((f) => ({ ...f, ...r }))} />
        <TextInput id="filter-area" label="Area" width="10" value={filter.area} onChange={(v) => set('area', v)} />
        {!queue && (
          <Checkbox
            id="filter-untagged"
            label="Untagged only"
            checked={filter.untagged === 'true'}
            onChange={(v) => set('untagged', v ? 'true' : '')}
          />
        )}
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Show feedback
        </button>
      </form>
      {user?.canManage && <BulkTagging selection={selection} options={options} />}
      <FeedbackTable
        query={list}
        caption={title}
        empty={queue ? 'Everything is tagged.' : 'No feedback matches.'}
        selection={user?.canManage ? selection : undefined}
      />
      {list.data && <Pagination data={list.data} noun="feedback item" />}
    </>
  );
}
