import { useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { BackLink, PageError, SummaryList, useDocumentTitle } from '@/components/page';
import { useClaim, useClaimTransition, type Claim } from '@/features/claims/api/claims';
import { ClaimActions } from '@/features/claims/components/claim-actions';
import { STATUS_LABELS } from '@/features/claims/components/claim-labels';
import { ClaimLineForm } from '@/features/claims/components/claim-line-form';
import { ClaimLines } from '@/features/claims/components/claim-lines';
import { InvolvementChoice } from '@/features/claims/components/involvement-choice';
import { ClaimStatusTag } from '@/features/claims/components/claim-status-tag';
import { formatDate, formatShortDate } from '@/lib/dates';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { HistorySection } from '@/features/history/components/history-section';

export function ClaimPage() {
  const { id = '' } = useParams();
  const claim = useClaim(id);
  useDocumentTitle(claim.data?.reference ? `Claim ${claim.data.reference}` : 'Claim');
  if (claim.isPending) return <Loading what="Loading the claim" />;
  if (claim.isError) return <PageError error={claim.error} />;
  return <ClaimDetail claim={claim.data} />;
}

const ATTENDANCE: Record<NonNullable<Claim['claimantAttendance']>, string> = {
  ATTENDED: 'Attended',
  APOLOGIES: 'Sent apologies',
  ABSENT: 'Absent',
};

/** Whether the claimant is on the meeting's register, as finance needs to know before paying for their time. */
function attendance(claim: Claim): string {
  return (claim.claimantAttendance && ATTENDANCE[claim.claimantAttendance]) || 'Not on the register';
}

function ClaimDetail({ claim: c }: { claim: Claim }) {
  const navigate = useNavigate();
  const user = useCurrentUser();
  // Submitting can fail on a line (a receipt missing): the lines show it where it is to be fixed.
  const transitions = useClaimTransition(c);
  const canEdit = c.allowedActions?.includes('EDIT') ?? false;
  const backTo = user?.roles.includes('finance') ? '/claims/finance' : '/claims';
  return (
    <>
      <BackLink to={backTo}>Claims</BackLink>
      <span className="nhsuk-caption-l">{c.meeting?.partnershipName}</span>
      <h1>
        Claim {c.reference} <ClaimStatusTag status={c.status} />
      </h1>
      <SummaryList
        rows={[
          { key: 'Meeting', value: `${c.meeting?.title ?? ''}, ${formatDate(c.meeting?.date)}` },
          { key: 'Claimant', value: c.claimantName },
          { key: 'At the meeting', value: <span id="claim-attendance">{attendance(c)}</span> },
          ...(c.declineInvolvementPayment ? [{ key: 'Involvement payment', value: 'Not wanted' }] : []),
          { key: 'Claim by', value: formatDate(c.deadline) + (c.late ? ' (late)' : '') },
          ...(c.submittedAt ? [{ key: 'Submitted', value: formatShortDate(c.submittedAt) }] : []),
          ...(c.decidedByName
            ? [{ key: c.status === 'REJECTED' ? 'Rejected by' : 'Approved by', value: c.decidedByName }]
            : []),
          ...(c.rejectionReason ? [{ key: 'Reason', value: c.rejectionReason }] : []),
          ...(c.paidOn
            ? [{ key: 'Paid', value: `${formatDate(c.paidOn)}, reference ${c.paymentReference ?? ''}` }]
            : []),
          ...(c.notes ? [{ key: 'Notes', value: c.notes }] : []),
        ]}
      />
      <h2>What is claimed</h2>
      <ClaimLines claim={c} submitError={transitions.submit.error} />
      {canEdit && <InvolvementChoice claim={c} submitError={transitions.submit.error} />}
      {canEdit && (
        <section aria-labelledby="add-line-heading">
          <h2 id="add-line-heading">Add to your claim</h2>
          <ClaimLineForm claim={c} />
        </section>
      )}
      {canEdit && <p>Check the total above. When everything is added, submit the claim for approval.</p>}
      <ClaimActions claim={c} transitions={transitions} onDeleted={() => navigate('/claims')} />
      {(c.history ?? []).length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">Status history</h2>
          <ul className="nhsuk-list">
            {(c.history ?? []).map((h, i) => (
              <li key={i}>
                {formatShortDate(h.at)}: {h.to ? STATUS_LABELS[h.to] : ''} by {h.by}
                {h.reason ? ` (${h.reason})` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* Everything recorded about the claim, its lines and receipts (finance, staff, admins). */}
      <HistorySection entityType="claim" entityId={c.id ?? ''} heading="History of changes" />
    </>
  );
}
