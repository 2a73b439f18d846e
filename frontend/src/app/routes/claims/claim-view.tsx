import { useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { BackLink, PageError, SummaryList, useDocumentTitle } from '@/components/page';
import { useClaim } from '@/features/claims/api/claims';
import { ClaimActions } from '@/features/claims/components/claim-actions';
import { STATUS_LABELS } from '@/features/claims/components/claim-labels';
import { ClaimLineForm } from '@/features/claims/components/claim-line-form';
import { ClaimLines } from '@/features/claims/components/claim-lines';
import { ClaimStatusTag } from '@/features/claims/components/claim-status-tag';
import { formatDate, formatShortDate } from '@/lib/dates';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { HistorySection } from '@/features/history/components/history-section';

export function ClaimPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const claim = useClaim(id);
  useDocumentTitle(claim.data?.reference ? `Claim ${claim.data.reference}` : 'Claim');
  if (claim.isPending) return <Loading what="Loading the claim" />;
  if (claim.isError) return <PageError error={claim.error} />;
  const c = claim.data;
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
          ...(c.declineInvolvementPayment ? [{ key: 'Involvement payment', value: 'Declined' }] : []),
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
      <ClaimLines claim={c} />
      {canEdit && (
        <section aria-labelledby="add-line-heading">
          <h2 id="add-line-heading">Add to your claim</h2>
          <ClaimLineForm claim={c} />
        </section>
      )}
      {canEdit && <p>Check the total above. When everything is added, submit the claim for approval.</p>}
      <ClaimActions claim={c} onDeleted={() => navigate('/claims')} />
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
      <HistorySection entityType="claim" entityId={id} heading="History of changes" />
    </>
  );
}
