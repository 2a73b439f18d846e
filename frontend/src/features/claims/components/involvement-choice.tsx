import { ErrorSummary, fieldError } from '@/components/error-summary';
import { useUpdateClaim, type Claim } from '../api/claims';

/** The id of the involvement payment choice, where a submit's problem about it links to. */
export const INVOLVEMENT_CHOICE_ID = 'involvement-choice';

/**
 * The claimant's choice about the involvement payment for their time: a draft has it (from the policy) unless they
 * say they do not want it, which is recorded on the claim; a claim with neither is not submitted.
 */
export function InvolvementChoice({ claim, submitError }: { claim: Claim; submitError: unknown }) {
  const update = useUpdateClaim(claim);
  const hasPayment = (claim.lines ?? []).some((l) => l.category === 'INVOLVEMENT_PAYMENT');
  const declined = claim.declineInvolvementPayment;
  const error = hasPayment || declined ? undefined : fieldError(submitError, 'declineInvolvementPayment');
  return (
    <section aria-labelledby="involvement-heading">
      <h2 id="involvement-heading">Payment for your time</h2>
      <ErrorSummary error={update.error} />
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        {error && (
          <span className="nhsuk-error-message" id={`${INVOLVEMENT_CHOICE_ID}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        {hasPayment && <p>The involvement payment for your time is on this claim.</p>}
        {!hasPayment && !declined && (
          <p>
            There is no involvement payment on this claim. Add it under “Add to your claim”, or say that you do not want
            it.
          </p>
        )}
        {declined && <p>You said that you do not want the involvement payment. You can still claim expenses.</p>}
        <button
          type="button"
          id={INVOLVEMENT_CHOICE_ID}
          className="nhsuk-button nhsuk-button--secondary"
          aria-describedby={error ? `${INVOLVEMENT_CHOICE_ID}-error` : undefined}
          disabled={update.isPending}
          onClick={() => update.mutate(!declined)}
        >
          {declined ? 'I want the involvement payment after all' : 'I do not want the involvement payment'}
        </button>
      </div>
    </section>
  );
}
