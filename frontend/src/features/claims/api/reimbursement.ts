import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { PAGE_SIZE } from '@/lib/api/paging';
import { claimKeys } from './keys';

export type Budget = Schemas['Budget'];
export type BudgetRequest = Schemas['BudgetRequest'];
export type ReimbursementPolicy = Schemas['ReimbursementPolicy'];
export type ReimbursementPolicyRequest = Schemas['ReimbursementPolicyRequest'];

/** A page of budgets with their position (allocated, committed, paid, remaining), for one financial year or all. */
export function useBudgets({ financialYear, page = 0 }: { financialYear?: string; page?: number }) {
  return useQuery({
    queryKey: [...claimKeys.budgets(), { financialYear, page }],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/budgets', {
          params: { query: { financialYear, page, size: PAGE_SIZE, sort: 'financialYear,desc' } },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

export function useBudget(id: string | undefined) {
  return useQuery({
    queryKey: claimKeys.budget(id ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/budgets/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: Boolean(id),
  });
}

export function useSaveBudget(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BudgetRequest) =>
      id
        ? unwrap(api.PUT('/api/v1/budgets/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/budgets', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: claimKeys.budgets() }),
  });
}

/** A page of the reimbursement policies, the latest first. */
export function usePolicies(page = 0) {
  return useQuery({
    queryKey: [...claimKeys.policies(), 'list', page],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/reimbursement-policies', {
          params: { query: { page, size: PAGE_SIZE, sort: 'effectiveFrom,desc' } },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

export function usePolicy(id: string | undefined) {
  return useQuery({
    queryKey: claimKeys.policy(id ?? ''),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/reimbursement-policies/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: Boolean(id),
  });
}

export function useSavePolicy(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReimbursementPolicyRequest) =>
      id
        ? unwrap(api.PUT('/api/v1/reimbursement-policies/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/reimbursement-policies', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: claimKeys.policies() }),
  });
}
