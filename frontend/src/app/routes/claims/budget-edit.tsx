import { useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { FormPage, PageError } from '@/components/page';
import { useVersionedForm } from '@/components/use-versioned-form';
import { useBudget, useSaveBudget } from '@/features/claims/api/reimbursement';
import {
  EMPTY_BUDGET,
  BUDGET_LABELS,
  BudgetForm,
  budgetRequest,
  budgetToValues,
} from '@/features/claims/components/budget-form';
import { HistorySection } from '@/features/history/components/history-section';

/** Create (/claims/budgets/new) or edit (/claims/budgets/:id/edit) a budget. */
export function BudgetEditPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const budget = useBudget(id);
  const save = useSaveBudget(id);
  const form = useVersionedForm({
    record: budget.data,
    empty: EMPTY_BUDGET,
    toValues: budgetToValues,
    versionOf: (p) => p.version,
    reload: async () => (await budget.refetch()).data,
    labels: BUDGET_LABELS,
  });
  if (id && budget.isPending) return <Loading what="Loading the budget" />;
  if (id && budget.isError) return <PageError error={budget.error} />;
  const submit = (version: number | undefined) =>
    save.mutate(
      budgetRequest(form.values, version),
      form.handlers(() => navigate('/claims/policies')),
    );
  return (
    <FormPage backTo="/claims/policies" title={id ? 'Edit budget' : 'Add a budget'}>
      <BudgetForm {...form.bind(save, submit)} editing={Boolean(id)} />
      {id && <HistorySection entityType="budget" entityId={id} />}
    </FormPage>
  );
}
