import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api, unwrap } from '@/lib/api/client';
import { formatShortDate } from '@/lib/dates';
import { COMBOBOX_MATCHES, Combobox, type ComboboxMatches, type ComboboxOption } from './combobox';

/** What every chooser takes: the chosen id ('' for none) and where a new choice goes. */
export interface ChooserProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}

interface EntityChooserProps<F> extends ChooserProps {
  kind: string;
  filter: F;
  search: (text: string, filter: F, signal: AbortSignal) => Promise<ComboboxMatches>;
  /** The label of a chosen id that was not picked here (an edited record's current choice). */
  lookup: (id: string, signal: AbortSignal) => Promise<string>;
}

const labelKey = (kind: string, id: string) => ['choosers', kind, 'label', id] as const;

function matchesOf<T>(
  page: { items?: T[]; totalItems?: number },
  option: (item: T) => ComboboxOption,
  accept?: (item: T) => boolean,
): ComboboxMatches {
  const items = page.items ?? [];
  const options = (accept ? items.filter(accept) : items).map(option);
  // Matches the server counted but this chooser leaves out are not counted either.
  const total = (page.totalItems ?? items.length) - (items.length - options.length);
  return { options, total };
}

/** The label of `id` ('' for none), looked up once and shared with the chooser of its kind. */
function useLabel(kind: string, id: string, lookup: (id: string, signal: AbortSignal) => Promise<string>) {
  return useQuery({
    queryKey: labelKey(kind, id),
    queryFn: ({ signal }) => lookup(id, signal),
    enabled: Boolean(id),
    staleTime: 10 * 60_000,
  });
}

function EntityChooser<F>({ kind, filter, search, lookup, onChange, value, ...field }: EntityChooserProps<F>) {
  const queryClient = useQueryClient();
  const label = useLabel(kind, value, lookup);
  return (
    <Combobox
      {...field}
      queryKey={['choosers', kind, filter]}
      search={(text, signal) => search(text, filter, signal)}
      value={value}
      valueLabel={value ? label.data : undefined}
      onChange={(next, option) => {
        if (option) queryClient.setQueryData(labelKey(kind, next), option.label);
        onChange(next);
      }}
    />
  );
}

const q = (text: string) => text || undefined;

const partnershipName = async (id: string, signal: AbortSignal) =>
  (await unwrap(api.GET('/api/v1/partnerships/{id}', { params: { path: { id } }, signal }))).name ?? '';

/**
 * Choose an active partnership you can see, by name. With `parentOf`, only those that can be the
 * parent of that partnership ('' for a new one): not a hub themselves, and not itself.
 */
export function PartnershipChooser({ parentOf, ...props }: ChooserProps & { parentOf?: string }) {
  return (
    <EntityChooser
      {...props}
      kind="partnerships"
      filter={{ parentOf }}
      search={async (text, filter, signal) =>
        matchesOf(
          await unwrap(
            api.GET('/api/v1/partnerships', {
              params: { query: { q: q(text), status: 'ACTIVE', sort: 'name', size: COMBOBOX_MATCHES } },
              signal,
            }),
          ),
          (p) => ({ value: p.id ?? '', label: p.name ?? '' }),
          filter.parentOf === undefined ? undefined : (p) => !p.parentId && p.id !== filter.parentOf,
        )
      }
      lookup={partnershipName}
    />
  );
}

/**
 * The name of a partnership, for a row that holds only its id: looked up once per partnership and
 * kept a while (a table of many rows of a few partnerships asks for each once), whatever their number.
 */
export function PartnershipName({ id }: { id: string | null | undefined }) {
  return <>{useLabel('partnerships', id ?? '', partnershipName).data ?? ''}</>;
}

const boardName = async (id: string, signal: AbortSignal) =>
  (await unwrap(api.GET('/api/v1/boards/{id}', { params: { path: { id } }, signal }))).name ?? '';

/** The name of a board, as a BoardChooser shows it (one chosen there is known at once). */
export function useBoardName(id: string) {
  return useLabel('boards', id, boardName);
}

/** Choose an active board you can see, by name. */
export function BoardChooser(props: ChooserProps) {
  return (
    <EntityChooser
      {...props}
      kind="boards"
      filter={{}}
      search={async (text, _filter, signal) =>
        matchesOf(
          await unwrap(
            api.GET('/api/v1/boards', {
              params: { query: { q: q(text), status: 'ACTIVE', sort: 'name', size: COMBOBOX_MATCHES } },
              signal,
            }),
          ),
          (b) => ({ value: b.id ?? '', label: b.name ?? '' }),
        )
      }
      lookup={boardName}
    />
  );
}

/** Choose an organisation of the directory, by name or code. */
export function OrganisationChooser(props: ChooserProps) {
  return (
    <EntityChooser
      {...props}
      kind="organisations"
      filter={{}}
      search={async (text, _filter, signal) =>
        matchesOf(
          await unwrap(
            api.GET('/api/v1/organisations', {
              params: { query: { q: q(text), sort: 'name', size: COMBOBOX_MATCHES } },
              signal,
            }),
          ),
          (o) => ({ value: o.id ?? '', label: o.name ?? '' }),
        )
      }
      lookup={async (id, signal) =>
        (await unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } }, signal }))).name ?? ''
      }
    />
  );
}

const dated = (title: string | undefined, date: string | null | undefined) =>
  date ? `${title ?? ''} (${formatShortDate(date)})` : (title ?? '');

const activityLabel = async (id: string, signal: AbortSignal) => {
  const activity = await unwrap(api.GET('/api/v1/activities/{id}', { params: { path: { id } }, signal }));
  return dated(activity.title, activity.heldOn);
};

/** Choose an engagement activity by title, the latest first; optionally only one partnership's. */
export function ActivityChooser({ partnershipId, ...props }: ChooserProps & { partnershipId?: string | undefined }) {
  return (
    <EntityChooser
      {...props}
      kind="activities"
      filter={{ partnershipId: partnershipId || undefined }}
      search={async (text, filter, signal) =>
        matchesOf(
          await unwrap(
            api.GET('/api/v1/activities', {
              params: { query: { ...filter, q: q(text), sort: 'heldOn,desc', size: COMBOBOX_MATCHES } },
              signal,
            }),
          ),
          (a) => ({ value: a.id ?? '', label: dated(a.title, a.heldOn) }),
        )
      }
      lookup={activityLabel}
    />
  );
}

/** An activity's title and date, as an ActivityChooser shows it, for a row that holds only its id. */
export function ActivityName({ id }: { id: string | null | undefined }) {
  return <>{useLabel('activities', id ?? '', activityLabel).data ?? ''}</>;
}

export interface MeetingChooserFilter {
  partnershipId?: string | undefined;
  /** Meetings on or after / on or before these dates (Europe/London). */
  from?: string | undefined;
  to?: string | undefined;
  /** Only partnerships' meetings that are not cancelled (those a claim may be for). */
  claimable?: boolean;
}

/** Choose a meeting by title, the latest first. */
export function MeetingChooser({ filter = {}, ...props }: ChooserProps & { filter?: MeetingChooserFilter }) {
  return (
    <EntityChooser
      {...props}
      kind="meetings"
      filter={filter}
      search={async (text, where, signal) =>
        matchesOf(
          await unwrap(
            api.GET('/api/v1/meetings', {
              params: {
                query: {
                  partnershipId: where.partnershipId || undefined,
                  from: where.from,
                  to: where.to,
                  q: q(text),
                  sort: 'startsAt,desc',
                  size: COMBOBOX_MATCHES,
                },
              },
              signal,
            }),
          ),
          (m) => ({ value: m.id ?? '', label: dated(m.title, m.startsAt) }),
          where.claimable ? (m) => Boolean(m.partnershipId) && m.status !== 'CANCELLED' : undefined,
        )
      }
      lookup={async (id, signal) => {
        const meeting = await unwrap(api.GET('/api/v1/meetings/{id}', { params: { path: { id } }, signal }));
        return dated(meeting.title, meeting.startsAt);
      }}
    />
  );
}

/**
 * Choose who holds a meeting: a partnership or a board, searched together by name. The value is
 * "partnership:<id>" or "board:<id>".
 */
export function HolderChooser(props: ChooserProps) {
  return (
    <EntityChooser
      {...props}
      kind="holders"
      filter={{}}
      search={async (text, _filter, signal) => {
        const query = { q: q(text), status: 'ACTIVE' as const, sort: 'name', size: COMBOBOX_MATCHES };
        const [partnerships, boards] = await Promise.all([
          unwrap(api.GET('/api/v1/partnerships', { params: { query }, signal })),
          unwrap(api.GET('/api/v1/boards', { params: { query }, signal })),
        ]);
        const options = [
          ...(partnerships.items ?? []).map((p) => ({ value: `partnership:${p.id}`, label: p.name ?? '' })),
          ...(boards.items ?? []).map((b) => ({ value: `board:${b.id}`, label: `${b.name ?? ''} (board)` })),
        ];
        return { options, total: (partnerships.totalItems ?? 0) + (boards.totalItems ?? 0) };
      }}
      lookup={async (value, signal) => {
        const [kind, id = ''] = value.split(':');
        if (kind === 'board') {
          const board = await unwrap(api.GET('/api/v1/boards/{id}', { params: { path: { id } }, signal }));
          return `${board.name ?? ''} (board)`;
        }
        return (await unwrap(api.GET('/api/v1/partnerships/{id}', { params: { path: { id } }, signal }))).name ?? '';
      }}
    />
  );
}
