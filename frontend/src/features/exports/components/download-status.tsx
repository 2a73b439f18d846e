import { Loading } from '@/components/loading';
import type { DownloadProgress, DownloadResult } from '../api/exports';
import { formatBytes, formatCount } from '../api/stream';

interface DownloadStatusProps {
  pending: boolean;
  progress: DownloadProgress | undefined;
  result: DownloadResult | undefined;
  cancelled: boolean;
}

function rowsText(rows: number | undefined, expected: number | undefined): string | undefined {
  if (rows === undefined) return undefined;
  const noun = (expected ?? rows) === 1 ? 'row' : 'rows';
  return expected === undefined
    ? `${formatCount(rows)} ${noun} received`
    : `${formatCount(rows)} of ${formatCount(expected)} ${noun}`;
}

/**
 * How a download is going: a progress bar of the rows received of those the server said it
 * would send (for a zip, which says no number, a bar that only shows it is busy), and the size so
 * far; then what was saved. Only the outcome is announced: a screen reader hears the bar itself.
 */
export function DownloadStatus({ pending, progress, result, cancelled }: DownloadStatusProps) {
  const rows = progress?.rows;
  const expected = progress?.expectedRows;
  const detail = progress && [rowsText(rows, expected), formatBytes(progress.bytes)].filter(Boolean).join(', ');
  return (
    <div className="tandem-download">
      {pending && !progress && <Loading what="Preparing the download" />}
      {progress && (pending || result) && (
        <div className="nhsuk-form-group">
          <label className="nhsuk-label nhsuk-label--s" htmlFor="export-progress">
            {pending ? `Downloading ${progress.filename}` : `Downloaded ${progress.filename}`}
          </label>
          {rows !== undefined && expected !== undefined ? (
            <progress
              id="export-progress"
              className="tandem-progress"
              max={Math.max(expected, 1)}
              value={expected === 0 ? (pending ? 0 : 1) : Math.min(rows, expected)}
              aria-describedby="export-progress-detail"
            />
          ) : (
            <progress
              id="export-progress"
              className="tandem-progress"
              max={1}
              value={pending ? undefined : 1}
              aria-describedby="export-progress-detail"
            />
          )}
          <p className="nhsuk-body-s" id="export-progress-detail" data-testid="export-progress-detail">
            {detail}
          </p>
        </div>
      )}
      <div role="status" aria-live="polite" data-testid="export-status">
        {result && !pending && (
          <p className="tandem-success">
            Saved {result.filename}:{' '}
            {result.rows !== undefined && `${formatCount(result.rows)} ${result.rows === 1 ? 'row' : 'rows'}, `}
            {formatBytes(result.bytes)}.
          </p>
        )}
        {cancelled && <p>The download was cancelled. Nothing was saved.</p>}
      </div>
    </div>
  );
}
