import { useState } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { SummaryList } from '@/components/page';
import { ResponsiveTable } from '@/components/responsive-table';
import { saveFile } from '@/lib/download';
import { formatPence } from '@/lib/money';
import { fetchReceipt, useRemoveLine, useRemoveReceipt, type Claim, type ClaimLine, type Receipt } from '../api/claims';
import { CATEGORY_LABELS, DURATION_LABELS } from './claim-labels';

function lineDetail(line: ClaimLine): string {
  const parts = [
    line.duration === 'HOURS' ? `${line.hours ?? 0} hours` : line.duration ? DURATION_LABELS[line.duration] : '',
    // The API sends null, not nothing, for what a line does not have.
    typeof line.miles === 'number' ? `${line.miles} miles at ${formatPence(line.unitRatePence)} a mile` : '',
    line.description ?? '',
    line.reason ? `Reason: ${line.reason}` : '',
  ];
  return parts.filter(Boolean).join('. ');
}

/** Opens a receipt: fetched with the token, then saved (the browser shows images and PDFs it can). */
function ReceiptButton({ claimId, lineId, receipt }: { claimId: string; lineId: string; receipt: Receipt }) {
  const [failed, setFailed] = useState(false);
  const open = async () => {
    setFailed(false);
    try {
      saveFile(await fetchReceipt(claimId, lineId, receipt.id ?? ''), receipt.filename ?? 'receipt');
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <button type="button" className="tandem-link-button" onClick={() => void open()}>
        Download receipt {receipt.filename}
      </button>
      {failed && (
        <span className="nhsuk-error-message" role="alert">
          The receipt could not be downloaded.
        </span>
      )}
    </>
  );
}

/** A claim's lines with the amounts the server priced, their receipts, and the totals. */
export function ClaimLines({ claim }: { claim: Claim }) {
  const claimId = claim.id ?? '';
  const canEdit = claim.allowedActions?.includes('EDIT') ?? false;
  const removeLine = useRemoveLine(claimId, claim.version);
  const removeReceipt = useRemoveReceipt(claimId, claim.version);
  const lines = claim.lines ?? [];
  return (
    <>
      <ErrorSummary error={removeLine.error ?? removeReceipt.error} />
      {lines.length === 0 ? (
        <p>Nothing is claimed yet.</p>
      ) : (
        <ResponsiveTable
          caption="What is claimed"
          rows={lines}
          rowKey={(l) => l.id ?? ''}
          columns={[
            {
              header: 'Item',
              cell: (l) => (
                <>
                  <strong>{l.category ? CATEGORY_LABELS[l.category] : ''}</strong>
                  <br />
                  <span className="nhsuk-body-s">{lineDetail(l)}</span>
                </>
              ),
            },
            {
              header: 'Receipts',
              cell: (l) => (
                <>
                  {(l.receipts ?? []).map((r) => (
                    <div key={r.id}>
                      <ReceiptButton claimId={claimId} lineId={l.id ?? ''} receipt={r} />
                      {canEdit && (
                        <button
                          type="button"
                          className="tandem-link-button"
                          disabled={removeReceipt.isPending}
                          onClick={() => removeReceipt.mutate({ lineId: l.id ?? '', receiptId: r.id ?? '' })}
                        >
                          Remove<span className="nhsuk-u-visually-hidden"> receipt {r.filename}</span>
                        </button>
                      )}
                    </div>
                  ))}
                  {l.receiptRequired && (l.receipts ?? []).length === 0 && (
                    <span className="nhsuk-error-message">A receipt is needed</span>
                  )}
                </>
              ),
            },
            { header: 'Amount', numeric: true, cell: (l) => formatPence(l.amountPence) },
            ...(canEdit
              ? [
                  {
                    header: 'Change',
                    cell: (l: ClaimLine) => (
                      <button
                        type="button"
                        className="tandem-link-button"
                        disabled={removeLine.isPending}
                        onClick={() => removeLine.mutate(l.id ?? '')}
                      >
                        Remove
                        <span className="nhsuk-u-visually-hidden">
                          {' '}
                          {l.category ? CATEGORY_LABELS[l.category] : ''}
                        </span>
                      </button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <SummaryList
        rows={[
          { key: 'Involvement payment', value: formatPence(claim.totals?.involvementPence) },
          { key: 'Expenses', value: formatPence(claim.totals?.expensesPence) },
          { key: 'Total', value: <strong id="claim-total">{formatPence(claim.totals?.totalPence)}</strong> },
        ]}
      />
    </>
  );
}
