import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, unwrapEmpty, type Schemas } from '@/lib/api/client';
import { saveFile } from '@/lib/download';
import { PAGE_SIZE } from '@/lib/api/paging';
import { claimKeys, type ClaimListParams } from './keys';

export type Claim = Schemas['Claim'];
export type ClaimSummary = Schemas['ClaimSummary'];
export type ClaimLine = Schemas['ClaimLine'];
export type ClaimLineRequest = Schemas['ClaimLineRequest'];
export type ClaimRequest = Schemas['ClaimRequest'];
export type ClaimStatus = Schemas['ClaimStatus'];
export type ClaimCategory = Schemas['ClaimCategory'];
export type ClaimAction = Schemas['ClaimAction'];
export type Receipt = Schemas['Receipt'];
export type PaidTotals = Schemas['PaidTotals'];

/** The organisation's claims; a member gets only their own (the server decides). */
export function useClaims(params: ClaimListParams, enabled = true) {
  return useQuery({
    queryKey: claimKeys.list(params),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/claims', { params: { query: { size: PAGE_SIZE, ...params } }, signal })),
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function useClaim(id: string | undefined) {
  return useQuery({
    queryKey: claimKeys.detail(id ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/claims/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: Boolean(id),
  });
}

/** The signed-in user's link to the person they claim as (members can claim once staff have linked it). */
export function useMyClaimant(enabled = true) {
  return useQuery({
    queryKey: claimKeys.me(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/claimants/me', { signal })),
    enabled,
  });
}

/** After a change to claims: the claim's page (with what the server answered), the lists and budgets. */
function useClaimsChanged() {
  const queryClient = useQueryClient();
  return async (saved?: Claim) => {
    if (saved?.id) queryClient.setQueryData(claimKeys.detail(saved.id), saved);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: claimKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: claimKeys.budgets() }),
      queryClient.invalidateQueries({ queryKey: claimKeys.paidTotalsAll() }),
    ]);
  };
}

function useClaimMutation<V>(call: (variables: V) => Promise<Claim>) {
  const changed = useClaimsChanged();
  return useMutation({ mutationFn: call, onSuccess: (saved) => changed(saved) });
}

export function useCreateClaim() {
  return useClaimMutation((body: ClaimRequest) => unwrap(api.POST('/api/v1/claims', { body })));
}

/**
 * Changes a draft's notes or its declining of the involvement payment (declining takes the involvement payment
 * line off the claim).
 */
export function useUpdateClaim(claim: Claim) {
  return useClaimMutation((declineInvolvementPayment: boolean) =>
    unwrap(
      api.PUT('/api/v1/claims/{id}', {
        params: { path: { id: claim.id ?? '' } },
        body: { version: claim.version, declineInvolvementPayment, notes: claim.notes ?? undefined },
      }),
    ),
  );
}

/** Finance: what was paid in a financial year, per person and per category. */
export function usePaidTotals(financialYear: string) {
  return useQuery({
    queryKey: claimKeys.paidTotals(financialYear),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/claims/paid-totals', { params: { query: { financialYear } }, signal })),
  });
}

/** Downloads the payment run: the approved, unpaid claims as CSV, fetched with the bearer token. */
export async function downloadPaymentRunCsv() {
  const { data, response } = await api.GET('/api/v1/finance-export/approved-claims.csv', { parseAs: 'blob' });
  if (!response.ok || !data) throw new Error(`The payment run could not be downloaded (HTTP ${response.status})`);
  const day = new Date().toISOString().slice(0, 10);
  saveFile(new Blob([data], { type: 'text/csv' }), `payment-run-${day}.csv`);
}

export function useAddLine(claimId: string) {
  return useClaimMutation((body: ClaimLineRequest) =>
    unwrap(api.POST('/api/v1/claims/{claimId}/lines', { params: { path: { claimId } }, body })),
  );
}

/** Removes an expense line; If-Match carries the claim's version (its ETag). */
export function useRemoveLine(claimId: string, claimVersion: number | undefined) {
  return useClaimMutation((lineId: string) =>
    unwrap(
      api.DELETE('/api/v1/claims/{claimId}/lines/{lineId}', {
        params: { path: { claimId, lineId } },
        headers: ifMatch(claimVersion),
      }),
    ),
  );
}

/** Submit, withdraw, approve, reject or mark paid: each sends the version it was shown. */
export function useClaimTransition(claim: Claim) {
  const id = claim.id ?? '';
  const version = claim.version;
  const path = { params: { path: { id } } };
  return {
    submit: useClaimMutation((lateReason: string | undefined) =>
      unwrap(api.POST('/api/v1/claims/{id}/submit', { ...path, body: { version, lateReason } })),
    ),
    withdraw: useClaimMutation((reason: string | undefined) =>
      unwrap(api.POST('/api/v1/claims/{id}/withdraw', { ...path, body: { version, reason } })),
    ),
    approve: useClaimMutation((budgetOverrideReason: string | undefined) =>
      unwrap(api.POST('/api/v1/claims/{id}/approve', { ...path, body: { version, budgetOverrideReason } })),
    ),
    reject: useClaimMutation((reason: string) =>
      unwrap(api.POST('/api/v1/claims/{id}/reject', { ...path, body: { version, reason } })),
    ),
  };
}

export function useDeleteClaim(claim: Claim) {
  const changed = useClaimsChanged();
  return useMutation({
    mutationFn: () =>
      unwrapEmpty(
        api.DELETE('/api/v1/claims/{id}', {
          params: { path: { id: claim.id ?? '' } },
          headers: ifMatch(claim.version),
        }),
      ),
    onSuccess: () => changed(),
  });
}

/** Marks approved claims paid together, with one payment date and reference. */
export function useMarkPaid() {
  const changed = useClaimsChanged();
  return useMutation({
    mutationFn: (body: Schemas['BulkMarkClaimsPaidRequest']) => unwrap(api.POST('/api/v1/claims/mark-paid', { body })),
    onSuccess: () => changed(),
  });
}

/** Uploads a receipt (a photo or PDF) to an expense line of a draft claim, then reloads the claim. */
export function useUploadReceipt(claimId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lineId, file }: { lineId: string; file: File }) =>
      unwrap(
        api.POST('/api/v1/claims/{claimId}/lines/{lineId}/receipts', {
          params: { path: { claimId, lineId }, query: { filename: file.name } },
          // The contract types the binary body as a string; the file itself is what is sent.
          body: file.name,
          bodySerializer: () => file,
          headers: { 'Content-Type': file.type || 'application/octet-stream' },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: claimKeys.detail(claimId) }),
  });
}

/** Removes a receipt; If-Match carries the claim's version (its ETag). */
export function useRemoveReceipt(claimId: string, claimVersion: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lineId, receiptId }: { lineId: string; receiptId: string }) =>
      unwrapEmpty(
        api.DELETE('/api/v1/claims/{claimId}/lines/{lineId}/receipts/{receiptId}', {
          params: { path: { claimId, lineId, receiptId } },
          headers: ifMatch(claimVersion),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: claimKeys.detail(claimId) }),
  });
}

/** A receipt's file, fetched with the bearer token (a plain link would have none). */
export function fetchReceipt(claimId: string, lineId: string, receiptId: string): Promise<Blob> {
  return unwrap(
    api.GET('/api/v1/claims/{claimId}/lines/{lineId}/receipts/{receiptId}', {
      params: { path: { claimId, lineId, receiptId } },
      parseAs: 'blob',
    }),
  );
}
