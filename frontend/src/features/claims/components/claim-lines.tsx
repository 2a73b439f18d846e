import { useState } from 'react';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { SummaryList } from '@/components/page';
import { ResponsiveTable } from '@/components/responsive-table';
import { describeProblem } from '@/lib/api/problem';
import { saveFile } from '@/lib/download';
import { formatPence } from '@/lib/money';
import {
  fetchReceipt,
  useRemoveLine,
  useRemoveReceipt,
  useUploadReceipt,
  type Claim,
  type ClaimLine,
  type Receipt,
} from '../api/claims';
import { CATEGORY_LABELS, DURATION_LABELS } from './claim-labels';
import { takesReceipts } from './claim-line-form';

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

/** The id of a line's "Add a receipt" input, where a problem about the line's receipts links to. */
export function receiptInputId(lineId: string): string {
  return `receipt-${lineId}`;
}

/** "Add a receipt" to a line already on the claim: the file is uploaded as soon as it is chosen. */
function AddReceipt({ claimId, line, error }: { claimId: string; line: ClaimLine; error: string | undefined }) {
  const upload = useUploadReceipt(claimId);
  const id = receiptInputId(line.id ?? '');
  const uploadError = describeUploadError(upload.error);
  const shown = uploadError ?? error;
  return (
    <div className={`nhsuk-form-group nhsuk-u-margin-bottom-2${shown ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label nhsuk-body-s" htmlFor={id}>
        Add a receipt
        <span className="nhsuk-u-visually-hidden">
          {' '}
          for {line.category ? CATEGORY_LABELS[line.category] : 'this line'}
        </span>
      </label>
      {shown && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {shown}
        </span>
      )}
      <input
        className="nhsuk-file-upload"
        id={id}
        type="file"
        accept="image/*,application/pdf"
        aria-describedby={shown ? `${id}-error` : undefined}
        disabled={upload.isPending}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) upload.mutate({ lineId: line.id ?? '', file }, { onSettled: () => (e.target.value = '') });
        }}
      />
      {upload.isPending && <span className="nhsuk-body-s"> Uploading…</span>}
    </div>
  );
}

function describeUploadError(error: unknown): string | undefined {
  if (!error) return undefined;
  const { title, detail } = describeProblem(error);
  return detail ?? title;
}

/**
 * A claim's lines with the amounts the server priced, their receipts (which can be added to a draft's lines), and
 * the totals. A submit refused for missing receipts says so at each line.
 */
export function ClaimLines({ claim, submitError }: { claim: Claim; submitError?: unknown }) {
  const claimId = claim.id ?? '';
  const canEdit = claim.allowedActions?.includes('EDIT') ?? false;
  const removeLine = useRemoveLine(claimId, claim.version);
  const removeReceipt = useRemoveReceipt(claimId, claim.version);
  const lines = claim.lines ?? [];
  const receiptError = (index: number, line: ClaimLine) =>
    (line.receipts ?? []).length === 0 ? fieldError(submitError, `lines[${index}].receipts`) : undefined;
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
                  {l.receiptRequired && (l.receipts ?? []).length === 0 && !receiptError(lines.indexOf(l), l) && (
                    <span className="nhsuk-error-message">A receipt is needed</span>
                  )}
                  {canEdit && takesReceipts(l.category) && (
                    <AddReceipt claimId={claimId} line={l} error={receiptError(lines.indexOf(l), l)} />
                  )}
                </>
              ),
            },
            { header: 'Amount', numeric: true, cell: (l) => formatPence(l.amountPence) },
            ...(canEdit
              ? [
                  {
                    header: 'Change',
                    cell: (l: ClaimLine) =>
                      // Not wanting the involvement payment is said under "Payment for your time".
                      l.category === 'INVOLVEMENT_PAYMENT' ? null : (
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
