import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { feedbackKeys, type InsightParams, type PeriodParams, type ThemeTreeParams } from './keys';

export type Theme = Schemas['Theme'];
export type ThemeKind = Schemas['ThemeKind'];
export type ThemeRequest = Schemas['ThemeRequest'];
export type ThemeInsights = Schemas['ThemeInsights'];
export type ThemeCounts = Schemas['ThemeCounts'];
export type ThemeTreeNode = Schemas['ThemeTreeNode'];

/**
 * The organisation's theme tree, flat (parentId builds it), with or without retired and merged
 * themes; with partnershipId, the tree of the organisation owning that partnership.
 */
export function useThemes(params: ThemeTreeParams = {}) {
  return useQuery({
    queryKey: feedbackKeys.themeTree(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/themes', {
          params: {
            query: {
              includeRetired: params.includeRetired || undefined,
              partnershipId: params.partnershipId || undefined,
            },
          },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

export function useTheme(id: string | undefined) {
  return useQuery({
    queryKey: feedbackKeys.theme(id ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/themes/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: Boolean(id),
  });
}

/** Feedback counts of every theme from..to (by month, source and area) and against the period before. */
export function useThemeInsights(params: InsightParams) {
  return useQuery({
    queryKey: feedbackKeys.insights(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/themes/insights', { params: { query: params }, signal })),
    placeholderData: (previous) => previous,
  });
}

function useThemesChanged() {
  const queryClient = useQueryClient();
  return (saved?: Theme) => {
    if (saved?.id) queryClient.setQueryData(feedbackKeys.theme(saved.id), saved);
    // Merging moves tags: feedback lists show the new names too.
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: feedbackKeys.themes() }),
      queryClient.invalidateQueries({ queryKey: feedbackKeys.items() }),
    ]);
  };
}

/** Creates (no id) or updates a node of the tree; an update sends the version it was based on. */
export function useSaveTheme(id: string | undefined) {
  const changed = useThemesChanged();
  return useMutation({
    mutationFn: (body: ThemeRequest) =>
      id
        ? unwrap(api.PUT('/api/v1/themes/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/themes', { body })),
    onSuccess: (saved) => changed(saved),
  });
}

export function useRetireTheme(id: string) {
  const changed = useThemesChanged();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(api.POST('/api/v1/themes/{id}/retire', { params: { path: { id } }, body: { version } })),
    onSuccess: (saved) => changed(saved),
  });
}

/** Merges the theme into the target; answers the target. */
export function useMergeTheme(id: string) {
  const changed = useThemesChanged();
  return useMutation({
    mutationFn: ({ targetId, version }: { targetId: string; version: number }) =>
      unwrap(api.POST('/api/v1/themes/{id}/merge', { params: { path: { id } }, body: { targetId, version } })),
    onSuccess: (target) => changed(target),
  });
}

/** Feedback received in a period per theme, rolled up the tree (tree order: parents before children). */
export function useThemeInsightTree(params: PeriodParams, enabled = true) {
  return useQuery({
    queryKey: feedbackKeys.insightTree(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/themes/insights/tree', { params: { query: params }, signal })),
    placeholderData: (previous) => previous,
    enabled,
  });
}
