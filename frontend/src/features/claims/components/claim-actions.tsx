import { useState } from 'react';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { Textarea } from '@/components/form-fields';
import { Details } from '@/components/page';
import { isApiError } from '@/lib/api/problem';
import { receiptInputId } from './claim-lines';
import { INVOLVEMENT_CHOICE_ID } from './involvement-choice';
import { useDeleteClaim, type Claim, type useClaimTransition } from '../api/claims';

/** A reason typed into a details box, sent with one button (withdraw, reject, approve over budget). */
function ReasonAction({
  summary,
  label,
  button,
  warning,
  busy,
  id,
  error,
  onConfirm,
}: {
  summary: string;
  label: string;
  button: string;
  warning?: boolean;
  busy: boolean;
  id: string;
  error?: string | undefined;
  onConfirm: (reason: string) => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <Details summary={summary}>
      <Textarea id={id} label={label} value={reason} onChange={setReason} rows={2} error={error} />
      <button
        type="button"
        className={`nhsuk-button${warning ? ' nhsuk-button--warning' : ' nhsuk-button--secondary'}`}
        disabled={busy}
        onClick={() => onConfirm(reason.trim())}
      >
        {button}
      </button>
    </Details>
  );
}

/** Request fields and the inputs that fix them: a line's receipts, the involvement payment choice, reasons. */
function claimFields(claim: Claim): Record<string, string> {
  const fields: Record<string, string> = {
    reason: 'reject-reason',
    lateReason: 'late-reason',
    declineInvolvementPayment: INVOLVEMENT_CHOICE_ID,
  };
  (claim.lines ?? []).forEach((line, i) => {
    fields[`lines[${i}].receipts`] = receiptInputId(line.id ?? '');
  });
  return fields;
}

/**
 * What the signed-in person may do with a claim now: only the actions the server lists in `allowedActions`
 * (submit, withdraw, delete, approve, reject) are offered.
 */
export function ClaimActions({
  claim,
  transitions,
  onDeleted,
}: {
  claim: Claim;
  /** The claim's transitions, shared with the page (which shows a submit's problems at the lines). */
  transitions: ReturnType<typeof useClaimTransition>;
  onDeleted: () => void;
}) {
  const allowed = new Set(claim.allowedActions ?? []);
  const { submit, withdraw, approve, reject } = transitions;
  const remove = useDeleteClaim(claim);
  const error = submit.error ?? withdraw.error ?? approve.error ?? reject.error ?? remove.error;
  const busy = submit.isPending || withdraw.isPending || approve.isPending || reject.isPending || remove.isPending;
  const overBudget = isApiError(approve.error) && approve.error.problem.type?.includes('budget-exceeded');
  const late = isApiError(submit.error) && submit.error.problem.type?.includes('late-claim');
  return (
    <>
      <ErrorSummary error={error} fields={claimFields(claim)} />
      <div className="nhsuk-button-group">
        {allowed.has('SUBMIT') && (
          <button type="button" className="nhsuk-button" disabled={busy} onClick={() => submit.mutate(undefined)}>
            Submit claim
          </button>
        )}
        {allowed.has('APPROVE') && (
          <button type="button" className="nhsuk-button" disabled={busy} onClick={() => approve.mutate(undefined)}>
            Approve
          </button>
        )}
      </div>
      {allowed.has('SUBMIT') && late && (
        <ReasonAction
          summary="Submit it late"
          id="late-reason"
          label="Why is it late?"
          button="Submit late claim"
          busy={busy}
          onConfirm={(reason) => submit.mutate(reason)}
        />
      )}
      {allowed.has('APPROVE') && overBudget && (
        <ReasonAction
          summary="Approve over the budget"
          id="budget-reason"
          label="Why approve it over the budget?"
          button="Approve over budget"
          busy={busy}
          onConfirm={(reason) => approve.mutate(reason)}
        />
      )}
      {allowed.has('REJECT') && (
        <ReasonAction
          summary="Reject this claim"
          id="reject-reason"
          label="Why is it rejected? The claimant sees this."
          button="Reject claim"
          warning
          busy={busy}
          error={fieldError(reject.error, 'reason')}
          onConfirm={(reason) => reject.mutate(reason)}
        />
      )}
      {allowed.has('WITHDRAW') && (
        <ReasonAction
          summary="Withdraw this claim"
          id="withdraw-reason"
          label="Why are you withdrawing it? (optional)"
          button="Withdraw claim"
          warning
          busy={busy}
          onConfirm={(reason) => withdraw.mutate(reason || undefined)}
        />
      )}
      {allowed.has('DELETE') && (
        <Details summary="Delete this draft">
          <p>The draft and its receipts are deleted.</p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--warning"
            disabled={busy}
            onClick={() => remove.mutate(undefined, { onSuccess: onDeleted })}
          >
            Delete draft
          </button>
        </Details>
      )}
    </>
  );
}
