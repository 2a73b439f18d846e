import { fieldError } from '@/components/error-summary';
import { Checkbox, TextInput } from '@/components/form-fields';
import { DateInput, dateInputId } from '@/components/date-input';
import { VersionedForm, type VersionedFormProps } from '@/components/versioned-form';
import { inputCheck } from '@/lib/input-check';
import { isKey, optionsOf } from '@/lib/labels';
import { penceToPounds } from '@/lib/money';
import type { ReimbursementPolicy, ReimbursementPolicyRequest } from '../api/reimbursement';
import { CATEGORY_LABELS } from './claim-labels';
import { NotesAndSave, PartnershipField } from './settings-fields';

export interface PolicyFormValues extends Record<string, string | boolean | string[]> {
  partnershipId: string;
  effectiveFrom: string;
  halfDay: string;
  fullDay: string;
  hourly: string;
  mileagePence: string;
  allowedCategories: string[];
  receiptThreshold: string;
  claimDeadlineDays: string;
  benefitsWarning: string;
  notes: string;
}

type ExpenseCategory = ReimbursementPolicyRequest['allowedCategories'][number];

/** The categories a policy allows: every claim category but the involvement payment (always allowed). */
const EXPENSE_LABELS = Object.fromEntries(Object.entries(CATEGORY_LABELS).filter(([c]) => c !== 'INVOLVEMENT_PAYMENT'));
const isExpense = (category: string): category is ExpenseCategory => isKey(EXPENSE_LABELS, category);
const EXPENSES = optionsOf(CATEGORY_LABELS).filter((c) => isExpense(c.value));

export const EMPTY_POLICY: PolicyFormValues = {
  partnershipId: '',
  effectiveFrom: '',
  halfDay: '',
  fullDay: '',
  hourly: '',
  mileagePence: '',
  allowedCategories: EXPENSES.map((c) => c.value),
  receiptThreshold: '',
  claimDeadlineDays: '',
  benefitsWarning: '',
  notes: '',
};

export const POLICY_LABELS: Partial<Record<keyof PolicyFormValues, string>> = {
  effectiveFrom: 'Applies from',
  halfDay: 'Half day rate',
  fullDay: 'Full day rate',
  hourly: 'Hourly rate',
  mileagePence: 'Mileage rate',
  allowedCategories: 'Expenses allowed',
  receiptThreshold: 'Receipts needed over',
  claimDeadlineDays: 'Claim deadline',
  benefitsWarning: 'Benefits warning above',
  notes: 'Notes',
};

export function policyToValues(p: ReimbursementPolicy): PolicyFormValues {
  return {
    partnershipId: p.partnershipId ?? '',
    effectiveFrom: p.effectiveFrom ?? '',
    halfDay: penceToPounds(p.halfDayRatePence),
    fullDay: penceToPounds(p.fullDayRatePence),
    hourly: penceToPounds(p.hourlyRatePence),
    mileagePence: typeof p.mileageRatePence === 'number' ? String(p.mileageRatePence) : '',
    allowedCategories: p.allowedCategories ?? [],
    receiptThreshold: penceToPounds(p.receiptThresholdPence),
    claimDeadlineDays: typeof p.claimDeadlineDays === 'number' ? String(p.claimDeadlineDays) : '',
    benefitsWarning: penceToPounds(p.benefitsWarningPence),
    notes: p.notes ?? '',
  };
}

export function policyRequest(values: PolicyFormValues, version: number | undefined): ReimbursementPolicyRequest {
  const check = inputCheck();
  const request = {
    partnershipId: values.partnershipId,
    effectiveFrom: check.date('effectiveFrom', values.effectiveFrom, 'Applies from'),
    halfDayRatePence: check.pounds('halfDayRatePence', values.halfDay, 'The half day rate'),
    fullDayRatePence: check.pounds('fullDayRatePence', values.fullDay, 'The full day rate'),
    hourlyRatePence: check.pounds('hourlyRatePence', values.hourly, 'The hourly rate'),
    mileageRatePence: check.whole('mileageRatePence', values.mileagePence, 'The mileage rate'),
    allowedCategories: values.allowedCategories.filter(isExpense),
    // Blank required amounts go as -1, so the server names the field.
    receiptThresholdPence: check.pounds('receiptThresholdPence', values.receiptThreshold, 'The receipt limit') ?? -1,
    claimDeadlineDays: check.whole('claimDeadlineDays', values.claimDeadlineDays, 'The claim deadline') ?? -1,
    benefitsWarningPence: check.pounds('benefitsWarningPence', values.benefitsWarning, 'The benefits warning'),
    notes: values.notes.trim() || undefined,
    version,
  };
  check.done();
  return request;
}

const FIELD_INPUTS = {
  partnershipId: 'policy-partnership',
  effectiveFrom: dateInputId('policy-from'),
  halfDayRatePence: 'policy-half-day',
  fullDayRatePence: 'policy-full-day',
  hourlyRatePence: 'policy-hourly',
  mileageRatePence: 'policy-mileage',
  allowedCategories: 'policy-categories',
  receiptThresholdPence: 'policy-receipts',
  claimDeadlineDays: 'policy-deadline',
  benefitsWarningPence: 'policy-benefits',
  notes: 'policy-notes',
};

type MoneyField = 'halfDay' | 'fullDay' | 'hourly' | 'receiptThreshold' | 'benefitsWarning';
const MONEY_FIELDS: [MoneyField, keyof typeof FIELD_INPUTS, string][] = [
  ['halfDay', 'halfDayRatePence', 'Half day involvement payment, £ (optional)'],
  ['fullDay', 'fullDayRatePence', 'Full day involvement payment, £ (optional)'],
  ['hourly', 'hourlyRatePence', 'Hourly involvement payment, £ (optional)'],
  ['receiptThreshold', 'receiptThresholdPence', 'Receipts needed for expenses over, £'],
  [
    'benefitsWarning',
    'benefitsWarningPence',
    'Warn about benefits when a person is paid more than this in a year, £ (optional)',
  ],
];

interface PolicyFormProps extends VersionedFormProps<PolicyFormValues> {
  editing: boolean;
}

/** A partnership's reimbursement policy: rates, allowed expenses, receipts and deadline (money in pounds). */
export function PolicyForm({ editing, ...form }: PolicyFormProps) {
  const { values, set, error, busy } = form;
  const toggle = (category: string, on: boolean) =>
    set(
      'allowedCategories',
      on ? [...values.allowedCategories, category] : values.allowedCategories.filter((c) => c !== category),
    );
  return (
    <VersionedForm form={form} fields={FIELD_INPUTS}>
      <PartnershipField
        id={FIELD_INPUTS.partnershipId}
        value={values.partnershipId}
        onChange={(v) => set('partnershipId', v)}
        error={error}
        editing={editing}
      />
      <DateInput
        id="policy-from"
        legend="Applies to meetings from"
        value={values.effectiveFrom}
        onChange={(v) => set('effectiveFrom', v)}
        error={fieldError(error, 'effectiveFrom')}
      />
      {MONEY_FIELDS.map(([key, field, label]) => (
        <TextInput
          key={key}
          id={FIELD_INPUTS[field]}
          label={label}
          inputMode="decimal"
          width="5"
          value={values[key]}
          onChange={(v) => set(key, v)}
          error={fieldError(error, field)}
        />
      ))}
      <TextInput
        id={FIELD_INPUTS.mileageRatePence}
        label="Mileage rate, pence a mile (optional)"
        inputMode="numeric"
        width="3"
        value={values.mileagePence}
        onChange={(v) => set('mileagePence', v)}
        error={fieldError(error, 'mileageRatePence')}
      />
      <TextInput
        id={FIELD_INPUTS.claimDeadlineDays}
        label="Claims are due within this many days of the meeting"
        inputMode="numeric"
        width="3"
        value={values.claimDeadlineDays}
        onChange={(v) => set('claimDeadlineDays', v)}
        error={fieldError(error, 'claimDeadlineDays')}
      />
      <fieldset className="nhsuk-fieldset" id={FIELD_INPUTS.allowedCategories}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Expenses that can be claimed</legend>
        {EXPENSES.map((c) => (
          <Checkbox
            key={c.value}
            label={c.label}
            checked={values.allowedCategories.includes(c.value)}
            onChange={(on) => toggle(c.value, on)}
          />
        ))}
      </fieldset>
      <NotesAndSave
        id={FIELD_INPUTS.notes}
        value={values.notes}
        onChange={(v) => set('notes', v)}
        error={error}
        busy={busy}
        editing={editing}
        createLabel="Create policy"
      />
    </VersionedForm>
  );
}
