import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { PAGE_SIZE } from '@/lib/api/paging';

export type Person = Schemas['Person'];
export type PersonRequest = Schemas['PersonRequest'];

/** Query keys of the people directory (personal data: staff and admins only). */
export const peopleKeys = {
  all: ['people'] as const,
  page: (q: string, page: number) => [...peopleKeys.all, 'page', q, page] as const,
};

/** One page of your organisation's directory by name, optionally only those whose name, affiliation or email holds `q`. */
export function usePeoplePage(q: string, page: number) {
  return useQuery({
    queryKey: peopleKeys.page(q, page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/people', {
          params: { query: { q: q || undefined, page, size: PAGE_SIZE, sort: 'displayName' } },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonRequest) => unwrap(api.POST('/api/v1/people', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
