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
): ComboboxMatches {
  const options = (page.items ?? []).map(option);
  return { options, total: page.totalItems ?? options.length };
}

function EntityChooser<F>({ kind, filter, search, lookup, onChange, value, ...field }: EntityChooserProps<F>) {
  const queryClient = useQueryClient();
  const label = useQuery({
    queryKey: labelKey(kind, value),
    queryFn: ({ signal }) => lookup(value, signal),
    enabled: Boolean(value),
    staleTime: 10 * 60_000,
  });
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

/** Choose an active partnership you can see, by name. */
export function PartnershipChooser(props: ChooserProps) {
  return (
    <EntityChooser
      {...props}
      kind="partnerships"
      filter={{}}
      search={async (text, _filter, signal) =>
        matchesOf(
          await unwrap(
            api.GET('/api/v1/partnerships', {
              params: { query: { q: q(text), status: 'ACTIVE', sort: 'name', size: COMBOBOX_MATCHES } },
              signal,
            }),
          ),
          (p) => ({ value: p.id ?? '', label: p.name ?? '' }),
        )
      }
      lookup={async (id, signal) =>
        (await unwrap(api.GET('/api/v1/partnerships/{id}', { params: { path: { id } }, signal }))).name ?? ''
      }
    />
  );
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
      lookup={async (id, signal) =>
        (await unwrap(api.GET('/api/v1/boards/{id}', { params: { path: { id } }, signal }))).name ?? ''
      }
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
      lookup={async (id, signal) => {
        const activity = await unwrap(api.GET('/api/v1/activities/{id}', { params: { path: { id } }, signal }));
        return dated(activity.title, activity.heldOn);
      }}
    />
  );
}

export interface MeetingChooserFilter {
  partnershipId?: string | undefined;
  /** Meetings on or after / on or before these dates (Europe/London). */
  from?: string | undefined;
  to?: string | undefined;
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
        )
      }
      lookup={async (id, signal) => {
        const meeting = await unwrap(api.GET('/api/v1/meetings/{id}', { params: { path: { id } }, signal }));
        return dated(meeting.title, meeting.startsAt);
      }}
    />
  );
}
