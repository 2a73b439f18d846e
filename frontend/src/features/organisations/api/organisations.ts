import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { PAGE_SIZE } from '@/lib/api/paging';
import { organisationKeys, type OrganisationListParams } from './keys';

export type Organisation = Schemas['Organisation'];
export type OrganisationRequest = Schemas['OrganisationRequest'];
export type OrganisationKind = Schemas['OrganisationKind'];

/** The API's largest page. */
const MAX_PAGE = 200;

async function wholeDirectory(signal: AbortSignal): Promise<{ items: Organisation[] }> {
  const items: Organisation[] = [];
  for (let page = 0; ; page++) {
    const answer = await unwrap(
      api.GET('/api/v1/organisations', { params: { query: { size: MAX_PAGE, sort: 'name', page } }, signal }),
    );
    items.push(...(answer.items ?? []));
    if (page + 1 >= (answer.totalPages ?? 0)) return { items };
  }
}

/** The whole directory of organisations (everyone signed in may read it), every page of it. */
export function useOrganisations(enabled = true) {
  return useQuery({
    queryKey: organisationKeys.directory(),
    queryFn: ({ signal }) => wholeDirectory(signal),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/** One page of the directory, optionally only those whose name or code holds `q`. */
export function useOrganisationList(params: OrganisationListParams) {
  return useQuery({
    queryKey: organisationKeys.list(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/organisations', {
          params: { query: { sort: 'name', size: PAGE_SIZE, ...params, q: params.q || undefined } },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

export function useOrganisation(id: string | undefined) {
  return useQuery({
    queryKey: organisationKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: Boolean(id),
  });
}

/** Registers an organisation (platform administrators), or updates one (theirs, or their own organisation's admins). */
export function useSaveOrganisation(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationRequest) =>
      id
        ? unwrap(api.PUT('/api/v1/organisations/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/organisations', { body })),
    onSuccess: (saved) => {
      if (saved.id) queryClient.setQueryData(organisationKeys.detail(saved.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: organisationKeys.directory() }),
      ]);
    },
  });
}
