import { useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { FormPage, PageError } from '@/components/page';
import { useVersionedForm } from '@/components/use-versioned-form';
import { usePolicy, useSavePolicy } from '@/features/claims/api/reimbursement';
import {
  EMPTY_POLICY,
  POLICY_LABELS,
  PolicyForm,
  policyRequest,
  policyToValues,
} from '@/features/claims/components/policy-form';
import { HistorySection } from '@/features/history/components/history-section';

/** Create (/claims/policies/new) or edit (/claims/policies/:id/edit) a reimbursement policy. */
export function PolicyEditPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const policy = usePolicy(id);
  const save = useSavePolicy(id);
  const form = useVersionedForm({
    record: policy.data,
    empty: EMPTY_POLICY,
    toValues: policyToValues,
    versionOf: (p) => p.version,
    reload: async () => (await policy.refetch()).data,
    labels: POLICY_LABELS,
  });
  if (id && policy.isPending) return <Loading what="Loading the policy" />;
  if (id && policy.isError) return <PageError error={policy.error} />;
  const submit = (version: number | undefined) =>
    save.mutate(
      policyRequest(form.values, version),
      form.handlers(() => navigate('/claims/policies')),
    );
  return (
    <FormPage backTo="/claims/policies" title={id ? 'Edit reimbursement policy' : 'Add a reimbursement policy'}>
      <PolicyForm {...form.bind(save, submit)} editing={Boolean(id)} />
      {id && <HistorySection entityType="reimbursement-policy" entityId={id} />}
    </FormPage>
  );
}
