import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import { outcomeKeys, type OutcomeListParams, type OutcomeTotalsParams } from './keys';

export type Outcome = Schemas['Outcome'];
export type OutcomeRequest = Schemas['OutcomeRequest'];
export type OutcomeTotals = Schemas['OutcomeTotals'];
export type OutcomeStatusChange = Schemas['OutcomeStatusChange'];
export type Theme = Schemas['Theme'];
export type Feedback = Schemas['Feedback'];
export type { OutcomeStatus } from './keys';

/** The board shows every outcome of a partnership at once: up to 200 (the API's largest page). */
export const BOARD_SIZE = 200;

export function useOutcomes(params: OutcomeListParams, enabled = true) {
  return useQuery({
    queryKey: outcomeKeys.list(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/outcomes', { params: { query: params }, signal })),
    placeholderData: (previous) => previous,
    enabled,
  });
}

/** How many outcomes were recorded in a period, by the status each has now. */
export function useOutcomeTotals(params: OutcomeTotalsParams) {
  return useQuery({
    queryKey: outcomeKeys.totals(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/outcomes/totals', { params: { query: params }, signal })),
    placeholderData: (previous) => previous,
  });
}

export function useOutcome(id: string | undefined) {
  return useQuery({
    queryKey: outcomeKeys.detail(id ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/outcomes/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: Boolean(id),
  });
}

/** The theme tree of the organisation owning the partnership (flat; parentId builds the tree). */
export function useOutcomeThemes(partnershipId: string | undefined) {
  return useQuery({
    queryKey: outcomeKeys.themes(partnershipId ?? ''),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/themes', { params: { query: { partnershipId: partnershipId ?? '' } }, signal })),
    enabled: Boolean(partnershipId),
    staleTime: 5 * 60_000,
  });
}

/** Feedback items by id, each on its own (an outcome links a handful), in the order given. */
export function useFeedbackItems(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: outcomeKeys.feedback(id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(api.GET('/api/v1/feedback/{id}', { params: { path: { id } }, signal })),
      staleTime: 5 * 60_000,
    })),
  });
}

/** After a change: the outcome's page gets what the server answered; the lists reload. */
function useOutcomeChanged() {
  const queryClient = useQueryClient();
  return async (saved: Outcome) => {
    if (saved.id) queryClient.setQueryData(outcomeKeys.detail(saved.id), saved);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: outcomeKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: outcomeKeys.allTotals() }),
    ]);
  };
}

/** Creates (no id) or updates an outcome; an update sends the version it was based on. */
export function useSaveOutcome(id: string | undefined) {
  const changed = useOutcomeChanged();
  return useMutation({
    mutationFn: (body: OutcomeRequest) =>
      id
        ? unwrap(api.PUT('/api/v1/outcomes/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/outcomes', { body })),
    onSuccess: changed,
  });
}

export interface StatusChange {
  status: Schemas['OutcomeStatus'];
  reason?: string;
  version: number;
}

/** A status change; after a version conflict the outcome reloads, so the next try sends the latest version. */
export function useChangeOutcomeStatus(id: string) {
  const changed = useOutcomeChanged();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StatusChange) =>
      unwrap(api.POST('/api/v1/outcomes/{id}/status', { params: { path: { id } }, body })),
    onSuccess: changed,
    onError: async (error) => {
      if (isApiError(error) && error.isConflict) {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: outcomeKeys.detail(id) }),
          queryClient.invalidateQueries({ queryKey: outcomeKeys.lists() }),
        ]);
      }
    },
  });
}

/** The update that publishes or unpublishes: every field as loaded, `published` toggled. */
export function outcomeUpdate(outcome: Outcome, changes: Partial<OutcomeRequest>): OutcomeRequest {
  return {
    partnershipId: outcome.partnershipId ?? '',
    youSaid: outcome.youSaid ?? '',
    weDid: outcome.weDid ?? undefined,
    themeIds: outcome.themeIds ?? [],
    feedbackIds: outcome.feedbackIds ?? [],
    decisionId: outcome.decisionId ?? undefined,
    responsibleOrganisationId: outcome.responsibleOrganisationId ?? undefined,
    responsibleBoardId: outcome.responsibleBoardId ?? undefined,
    dueOn: outcome.dueOn ?? undefined,
    completedOn: outcome.completedOn ?? undefined,
    published: outcome.published,
    version: outcome.version,
    ...changes,
  };
}
