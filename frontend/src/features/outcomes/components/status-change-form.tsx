import { useState } from 'react';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { Select, Textarea } from '@/components/form-fields';
import { ApiError, isApiError } from '@/lib/api/problem';
import { useChangeOutcomeStatus, type Outcome, type OutcomeStatus } from '../api/outcomes';
import { isKey, STATUS_LABELS, STATUS_ORDER } from './outcome-labels';

/** The problem the server would send, found before sending: "not possible" needs its reason. */
function missingReason(status: OutcomeStatus | '', reason: string): ApiError | undefined {
  if (status !== 'NOT_POSSIBLE' || reason.trim()) return undefined;
  return new ApiError(400, {
    status: 400,
    title: 'Request is not valid',
    errors: [{ field: 'reason', message: 'is needed: say why it is not possible (residents see this)' }],
  });
}

/**
 * Moves an outcome to another status with a select and a button (no drag and drop, so it works
 * from a keyboard and a screen reader). "Not possible" asks for the reason, which the public
 * page shows; the change is sent with the version shown, and the server keeps the history.
 */
export function StatusChangeForm({ outcome, idPrefix = 'status' }: { outcome: Outcome; idPrefix?: string }) {
  const change = useChangeOutcomeStatus(outcome.id ?? '');
  const others = STATUS_ORDER.filter((s) => s !== outcome.status);
  const [picked, setStatus] = useState<OutcomeStatus | ''>('');
  // After a change the outcome's own status drops out of the choices: fall back to the first.
  const status = picked && others.includes(picked) ? picked : (others[0] ?? '');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<ApiError | undefined>(undefined);
  const error = invalid ?? change.error;
  const ids = { status: `${idPrefix}-new`, reason: `${idPrefix}-reason` };
  const conflict = isApiError(change.error) && change.error.isConflict;

  const submit = () => {
    const problem = missingReason(status, reason);
    setInvalid(problem);
    if (problem || !status) return;
    change.mutate(
      { status, reason: reason.trim() || undefined, version: outcome.version ?? 0 },
      { onSuccess: () => setReason('') },
    );
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <ErrorSummary error={error} fields={ids} />
      {conflict && (
        <p>Someone else changed this outcome. Its latest version is shown now: check it and choose again.</p>
      )}
      <Select
        id={ids.status}
        label="New status"
        value={status}
        onChange={(v) => {
          if (isKey(STATUS_LABELS, v)) setStatus(v);
          setInvalid(undefined);
        }}
        options={others.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        error={fieldError(error, 'status')}
      />
      <Textarea
        id={ids.reason}
        label={status === 'NOT_POSSIBLE' ? 'Why is it not possible?' : 'Reason (optional)'}
        hint={status === 'NOT_POSSIBLE' ? 'Residents see this on the public page when it is published.' : undefined}
        value={reason}
        onChange={setReason}
        rows={3}
        maxLength={4000}
        error={fieldError(error, 'reason')}
      />
      <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={change.isPending}>
        Change status
      </button>
    </form>
  );
}
