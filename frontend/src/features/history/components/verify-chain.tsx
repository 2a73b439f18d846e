import { describeProblem } from '@/lib/api/problem';
import { useAuditVerification } from '../api/audit';

/** Re-checks the whole trail's hash chain on request and says whether it is intact. */
export function VerifyChain() {
  const check = useAuditVerification();
  const result = check.data;
  return (
    <section aria-labelledby="verify-heading">
      <h2 id="verify-heading">Check the trail has not been altered</h2>
      <p>Every entry holds the fingerprint (hash) of the one before it, so a changed or missing entry shows.</p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => void check.refetch()}
        disabled={check.isFetching}
      >
        {check.isFetching ? 'Checking…' : 'Verify chain'}
      </button>
      <div role="status" aria-live="polite" data-testid="verification">
        {check.isError && !check.isFetching && <p>The check could not run: {describeProblem(check.error).title}.</p>}
        {result &&
          !check.isFetching &&
          (result.intact ? (
            <div className="nhsuk-inset-text">
              <p>
                <strong>The trail is intact:</strong> {result.entriesChecked ?? 0} entries checked
                {result.headSeq !== undefined ? `, up to entry ${result.headSeq}` : ''}.
              </p>
              {result.headHash && <p className="nhsuk-body-s tandem-break-all">Last hash: {result.headHash}</p>}
            </div>
          ) : (
            <div className="nhsuk-warning-callout">
              <h3 className="nhsuk-warning-callout__label">
                <span className="nhsuk-u-visually-hidden">Important: </span>
                The trail is broken
              </h3>
              <p>
                The first broken entry is {result.firstBrokenSeq ?? 'unknown'}
                {result.problem ? `: ${result.problem}` : ''}. {result.entriesChecked ?? 0} entries were checked.
              </p>
            </div>
          ))}
      </div>
    </section>
  );
}
