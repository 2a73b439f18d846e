import { useState } from 'react';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { TextInput } from '@/components/form-fields';
import { londonToday } from '@/lib/dates';
import { formatPence } from '@/lib/money';
import { useMarkPaid, type ClaimSummary } from '../api/claims';

const FIELDS = { claims: 'pay-claims', paidOn: 'pay-date', reference: 'pay-reference' };

/** Marks the ticked approved claims paid with one payment date and reference (a payment run). */
export function MarkPaidForm({ claims, onPaid }: { claims: readonly ClaimSummary[]; onPaid: () => void }) {
  const pay = useMarkPaid();
  const [paidOn, setPaidOn] = useState(londonToday());
  const [reference, setReference] = useState('');
  const total = claims.reduce((sum, c) => sum + (c.totals?.totalPence ?? 0), 0);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        pay.mutate(
          {
            claims: claims.map((c) => ({ id: c.id ?? '', version: c.version ?? 0 })),
            paidOn,
            reference: reference.trim(),
          },
          { onSuccess: onPaid },
        );
      }}
    >
      <ErrorSummary error={pay.error} fields={FIELDS} />
      <p id={FIELDS.claims} aria-live="polite">
        {claims.length} claim{claims.length === 1 ? '' : 's'} chosen, {formatPence(total)} in all.
      </p>
      <TextInput
        id={FIELDS.paidOn}
        label="Payment date"
        type="date"
        value={paidOn}
        onChange={setPaidOn}
        width="10"
        error={fieldError(pay.error, 'paidOn')}
      />
      <TextInput
        id={FIELDS.reference}
        label="Payment reference"
        hint="The payment run or BACS reference"
        value={reference}
        onChange={setReference}
        width="20"
        error={fieldError(pay.error, 'reference')}
      />
      <button type="submit" className="nhsuk-button" disabled={pay.isPending || claims.length === 0}>
        Mark as paid
      </button>
    </form>
  );
}
