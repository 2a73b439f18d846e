import { useState } from 'react';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { DateInput, dateInputId } from '@/components/date-input';
import { TextInput } from '@/components/form-fields';
import { InputError } from '@/lib/api/problem';
import { londonToday, parseDateInput } from '@/lib/dates';
import { formatPence } from '@/lib/money';
import { useMarkPaid, type ClaimSummary } from '../api/claims';

const FIELDS = { claims: 'pay-claims', paidOn: dateInputId('pay-date'), reference: 'pay-reference' };

/** Marks the ticked approved claims paid with one payment date and reference (a payment run). */
export function MarkPaidForm({ claims, onPaid }: { claims: readonly ClaimSummary[]; onPaid: () => void }) {
  const pay = useMarkPaid();
  const [paidOn, setPaidOn] = useState(londonToday());
  const [reference, setReference] = useState('');
  const [inputError, setInputError] = useState<InputError | undefined>(undefined);
  const error = inputError ?? pay.error;
  const total = claims.reduce((sum, c) => sum + (c.totals?.totalPence ?? 0), 0);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const date = parseDateInput(paidOn, 'Payment date');
        setInputError(
          date.error === undefined ? undefined : new InputError([{ field: 'paidOn', message: date.error }]),
        );
        if (date.error !== undefined) return;
        pay.mutate(
          {
            claims: claims.map((c) => ({ id: c.id ?? '', version: c.version ?? 0 })),
            paidOn: date.value,
            reference: reference.trim(),
          },
          { onSuccess: onPaid },
        );
      }}
    >
      <ErrorSummary error={error} fields={FIELDS} />
      <p id={FIELDS.claims} aria-live="polite">
        {claims.length} claim{claims.length === 1 ? '' : 's'} chosen, {formatPence(total)} in all.
      </p>
      <DateInput
        id="pay-date"
        legend="Payment date"
        value={paidOn}
        onChange={setPaidOn}
        error={fieldError(error, 'paidOn')}
      />
      <TextInput
        id={FIELDS.reference}
        label="Payment reference"
        hint="The payment run or BACS reference"
        value={reference}
        onChange={setReference}
        width="20"
        error={fieldError(error, 'reference')}
      />
      <button type="submit" className="nhsuk-button" disabled={pay.isPending || claims.length === 0}>
        Mark as paid
      </button>
    </form>
  );
}
