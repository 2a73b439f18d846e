import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Person = Schemas['Person'];
export type PersonRequest = Schemas['PersonRequest'];

/** Query keys of the people directory (personal data: staff and admins only). */
export const peopleKeys = {
  all: ['people'] as const,
  list: (q: string) => [...peopleKeys.all, 'list', q] as const,
};

/** Your organisation's directory, searched by name, affiliation or email (first 200). */
export function usePeople(q: string, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.list(q),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/people', { params: { query: { q: q || undefined, size: 200, sort: 'displayName' } }, signal }),
      ),
    enabled,
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
