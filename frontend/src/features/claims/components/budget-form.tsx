import { fieldError } from '@/components/error-summary';
import { TextInput } from '@/components/form-fields';
import { VersionedForm, type VersionedFormProps } from '@/components/versioned-form';
import { inputCheck } from '@/lib/input-check';
import { penceToPounds } from '@/lib/money';
import type { Budget, BudgetRequest } from '../api/reimbursement';
import { NotesAndSave, PartnershipField } from './settings-fields';

export interface BudgetFormValues extends Record<string, string | boolean | string[]> {
  partnershipId: string;
  financialYear: string;
  allocated: string;
  notes: string;
}

export const EMPTY_BUDGET: BudgetFormValues = { partnershipId: '', financialYear: '', allocated: '', notes: '' };

export const BUDGET_LABELS: Partial<Record<keyof BudgetFormValues, string>> = {
  allocated: 'Allocated',
  notes: 'Notes',
};

export function budgetToValues(b: Budget): BudgetFormValues {
  return {
    partnershipId: b.partnershipId ?? '',
    financialYear: b.financialYear ?? '',
    allocated: penceToPounds(b.allocatedPence),
    notes: b.notes ?? '',
  };
}

export function budgetRequest(values: BudgetFormValues, version: number | undefined): BudgetRequest {
  const check = inputCheck();
  // A blank amount goes as -1, so the server names the field.
  const allocatedPence = check.pounds('allocatedPence', values.allocated, 'The budget') ?? -1;
  check.done();
  return {
    partnershipId: values.partnershipId,
    financialYear: values.financialYear.trim(),
    allocatedPence,
    notes: values.notes.trim() || undefined,
    version,
  };
}

const FIELD_INPUTS = {
  partnershipId: 'budget-partnership',
  financialYear: 'budget-year',
  allocatedPence: 'budget-allocated',
  notes: 'budget-notes',
};

interface BudgetFormProps extends VersionedFormProps<BudgetFormValues> {
  editing: boolean;
}

/** A partnership's budget for one financial year (1 April to 31 March). */
export function BudgetForm({ editing, ...form }: BudgetFormProps) {
  const { values, set, error, busy } = form;
  return (
    <VersionedForm form={form} fields={FIELD_INPUTS}>
      <PartnershipField
        id={FIELD_INPUTS.partnershipId}
        value={values.partnershipId}
        onChange={(v) => set('partnershipId', v)}
        error={error}
        editing={editing}
      />
      <TextInput
        id={FIELD_INPUTS.financialYear}
        label="Financial year"
        hint="For example, 2025-26"
        width="5"
        value={values.financialYear}
        onChange={(v) => set('financialYear', v)}
        error={fieldError(error, 'financialYear')}
        disabled={editing}
      />
      <TextInput
        id={FIELD_INPUTS.allocatedPence}
        label="Allocated, £"
        inputMode="decimal"
        width="10"
        value={values.allocated}
        onChange={(v) => set('allocated', v)}
        error={fieldError(error, 'allocatedPence')}
      />
      <NotesAndSave
        id={FIELD_INPUTS.notes}
        value={values.notes}
        onChange={(v) => set('notes', v)}
        error={error}
        busy={busy}
        editing={editing}
        createLabel="Create budget"
      />
    </VersionedForm>
  );
}
