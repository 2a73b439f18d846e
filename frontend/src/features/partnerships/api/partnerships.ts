import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, unwrapEmpty, type Schemas } from '@/lib/api/client';
import { PAGE_SIZE } from '@/lib/api/paging';
import { partnershipKeys, type PartnershipListParams } from './keys';

export type Partnership = Schemas['Partnership'];
export type PartnershipSummary = Schemas['PartnershipSummary'];
export type PartnershipRequest = Schemas['PartnershipRequest'];
export type PartnershipMember = Schemas['PartnershipMember'];
export type PartnershipMemberRequest = Schemas['PartnershipMemberRequest'];
export type MemberRole = Schemas['MemberRole'];

export function usePartnerships(params: PartnershipListParams) {
  return useQuery({
    queryKey: partnershipKeys.list(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/partnerships', {
          params: { query: { sort: 'name', size: PAGE_SIZE, ...params, q: params.q || undefined } },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

export function usePartnership(id: string | null | undefined) {
  return useQuery({
    queryKey: partnershipKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/partnerships/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: Boolean(id),
  });
}

/** Creates (no id) or updates a partnership; an update sends the version it was based on. */
export function useSavePartnership(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnershipRequest) =>
      id
        ? unwrap(api.PUT('/api/v1/partnerships/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/partnerships', { body })),
    onSuccess: (saved) => {
      if (saved.id) queryClient.setQueryData(partnershipKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: partnershipKeys.lists() });
    },
  });
}

function useMemberMutation<V, R>(partnershipId: string, call: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnershipKeys.detail(partnershipId) }),
  });
}

export function useAddMember(partnershipId: string) {
  return useMemberMutation(partnershipId, (body: PartnershipMemberRequest) =>
    unwrap(api.POST('/api/v1/partnerships/{partnershipId}/members', { params: { path: { partnershipId } }, body })),
  );
}

export function useRemoveMember(partnershipId: string) {
  return useMemberMutation(partnershipId, ({ memberId, version }: { memberId: string; version?: number }) =>
    unwrapEmpty(
      api.DELETE('/api/v1/partnerships/{partnershipId}/members/{memberId}', {
        params: { path: { partnershipId, memberId } },
        headers: ifMatch(version),
      }),
    ),
  );
}
