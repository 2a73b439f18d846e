import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Organisation = Schemas['Organisation'];

export const organisationKeys = {
  all: ['organisations'] as const,
  directory: () => [...organisationKeys.all, 'directory'] as const,
};

/** The directory of organisations (everyone signed in may read it): small, so loaded whole. */
export function useOrganisations(enabled = true) {
  return useQuery({
    queryKey: organisationKeys.directory(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/organisations', { params: { query: { size: 200, sort: 'name' } }, signal })),
    staleTime: 10 * 60_000,
    enabled,
  });
}
