import { useState } from 'react';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { Radios, Select, TextInput } from '@/components/form-fields';
import { isKey, optionsOf } from '@/lib/labels';
import { isInputError, type InputError } from '@/lib/api/problem';
import { inputCheck } from '@/lib/input-check';
import { useAddLine, useUploadReceipt, type Claim, type ClaimCategory, type ClaimLineRequest } from '../api/claims';
import { CATEGORY_LABELS, DURATION_LABELS } from './claim-labels';

type Duration = keyof typeof DURATION_LABELS;

const FIELDS = {
  category: 'line-category',
  duration: 'line-duration',
  hours: 'line-hours',
  miles: 'line-miles',
  amountPence: 'line-amount',
  description: 'line-description',
  reason: 'line-reason',
  receipt: 'line-receipt',
};

/** Receipts are for money spent: not for time, nor for miles driven (priced by the policy). */
export function takesReceipts(category: ClaimCategory | undefined): boolean {
  return category !== undefined && category !== 'INVOLVEMENT_PAYMENT' && category !== 'MILEAGE';
}

function lineRequest(
  category: ClaimCategory,
  values: {
    duration: Duration | '';
    hours: string;
    miles: string;
    amount: string;
    description: string;
    reason: string;
  },
): ClaimLineRequest {
  const description = values.description.trim() || undefined;
  const check = inputCheck();
  let request: ClaimLineRequest;
  if (category === 'INVOLVEMENT_PAYMENT') {
    request = {
      category,
      duration: values.duration || undefined,
      hours: values.duration === 'HOURS' ? check.decimal('hours', values.hours, 'Hours') : undefined,
    };
  } else if (category === 'MILEAGE') {
    request = { category, miles: check.decimal('miles', values.miles, 'Miles'), description };
  } else {
    request = {
      category,
      amountPence: check.pounds('amountPence', values.amount, 'The amount'),
      description,
      reason: category === 'TAXI' ? values.reason.trim() || undefined : undefined,
    };
  }
  check.done();
  return request;
}

/** Adds one line to a draft claim (the server prices it from the policy), with a receipt for an expense. */
export function ClaimLineForm({ claim }: { claim: Claim }) {
  const claimId = claim.id ?? '';
  const add = useAddLine(claimId);
  const upload = useUploadReceipt(claimId);
  const hasInvolvement = (claim.lines ?? []).some((l) => l.category === 'INVOLVEMENT_PAYMENT');
  const categories = optionsOf(CATEGORY_LABELS).filter(
    ({ value: c }) => c !== 'INVOLVEMENT_PAYMENT' || (!claim.declineInvolvementPayment && !hasInvolvement),
  );
  const [category, setCategory] = useState<ClaimCategory | ''>('');
  const [duration, setDuration] = useState<Duration | ''>('');
  const [hours, setHours] = useState('');
  const [miles, setMiles] = useState('');
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const [reason, setReason] = useState('');
  const [receipt, setReceipt] = useState<File | undefined>(undefined);
  const [fileInputKey, setFileInputKey] = useState(0);
  const [inputError, setInputError] = useState<InputError | undefined>(undefined);
  const error = inputError ?? add.error ?? upload.error;
  const busy = add.isPending || upload.isPending;

  const reset = () => {
    setCategory('');
    setDuration('');
    setHours('');
    setMiles('');
    setAmount('');
    setDescription('');
    setReason('');
    setReceipt(undefined);
    setFileInputKey((k) => k + 1);
  };

  const submit = () => {
    if (!category) return;
    const before = new Set((claim.lines ?? []).map((l) => l.id));
    let request: ClaimLineRequest;
    try {
      request = lineRequest(category, { duration, hours, miles, amount, description, reason });
      setInputError(undefined);
    } catch (e) {
      if (!isInputError(e)) throw e;
      setInputError(e);
      return;
    }
    add.mutate(request, {
      onSuccess: (saved) => {
        const added = (saved.lines ?? []).find((l) => !before.has(l.id));
        if (receipt && added?.id && takesReceipts(category)) {
          upload.mutate({ lineId: added.id, file: receipt }, { onSuccess: reset });
        } else {
          reset();
        }
      },
    });
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <ErrorSummary error={error} fields={FIELDS} />
      <Select
        id={FIELDS.category}
        label="What are you claiming?"
        value={category}
        onChange={(v) => setCategory(isKey(CATEGORY_LABELS, v) ? v : '')}
        options={[{ value: '', label: 'Choose' }, ...categories]}
        error={fieldError(error, 'category')}
      />
      {category === 'INVOLVEMENT_PAYMENT' && (
        <>
          <Radios
            id={FIELDS.duration}
            legend="How long did you take part?"
            name="line-duration"
            value={duration}
            onChange={setDuration}
            options={optionsOf(DURATION_LABELS)}
            error={fieldError(error, 'duration')}
          />
          {duration === 'HOURS' && (
            <TextInput
              id={FIELDS.hours}
              label="Hours"
              value={hours}
              onChange={setHours}
              inputMode="decimal"
              width="4"
              error={fieldError(error, 'hours')}
            />
          )}
        </>
      )}
      {category === 'MILEAGE' && (
        <TextInput
          id={FIELDS.miles}
          label="Miles driven (there and back)"
          value={miles}
          onChange={setMiles}
          inputMode="decimal"
          width="4"
          error={fieldError(error, 'miles')}
        />
      )}
      {category && category !== 'INVOLVEMENT_PAYMENT' && category !== 'MILEAGE' && (
        <TextInput
          id={FIELDS.amountPence}
          label="Amount in pounds"
          hint="For example, 12.50"
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          width="5"
          error={fieldError(error, 'amountPence')}
        />
      )}
      {category === 'TAXI' && (
        <TextInput
          id={FIELDS.reason}
          label="Why was a taxi needed?"
          value={reason}
          onChange={setReason}
          error={fieldError(error, 'reason')}
        />
      )}
      {category && category !== 'INVOLVEMENT_PAYMENT' && (
        <TextInput
          id={FIELDS.description}
          label={category === 'MILEAGE' ? 'From where to where (optional)' : 'What it was for (optional)'}
          value={description}
          onChange={setDescription}
          error={fieldError(error, 'description')}
        />
      )}
      {takesReceipts(category || undefined) && (
        <div className="nhsuk-form-group">
          <label className="nhsuk-label nhsuk-label--s" htmlFor={FIELDS.receipt}>
            Receipt (photo or PDF)
          </label>
          <div className="nhsuk-hint" id={`${FIELDS.receipt}-hint`}>
            Take a photo or choose a file, up to 5 MB. Needed above the policy&apos;s receipt limit.
          </div>
          <input
            key={fileInputKey}
            className="nhsuk-file-upload"
            id={FIELDS.receipt}
            type="file"
            accept="image/*,application/pdf"
            capture="environment"
            aria-describedby={`${FIELDS.receipt}-hint`}
            onChange={(e) => setReceipt(e.target.files?.[0])}
          />
        </div>
      )}
      <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={busy || !category}>
        {busy ? 'Adding…' : 'Add to claim'}
      </button>
    </form>
  );
}
