import { useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapResponse, type Schemas } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import type { operations } from '@/lib/api/schema';
import { saveFile } from '@/lib/download';
import { toDataPackage } from './data-package';
import { exportKeys } from './keys';
import {
  filenameFrom,
  formatBytes,
  readStream,
  rowCounter,
  rowsHeader,
  type ExportFormat,
  type StreamProgress,
} from './stream';

export type ExportCatalogue = Schemas['ExportCatalogue'];
export type ExportDataset = Schemas['ExportDataset'];
/** The datasets the contract names in the export's path. */
export type DatasetName = operations['exportDataset']['parameters']['path']['dataset'];

// Record<DatasetName, true>: the compiler checks this list against the contract both ways.
const DATASET_NAMES: Record<DatasetName, true> = {
  organisations: true,
  partnerships: true,
  'partnership-organisations': true,
  boards: true,
  'board-organisations': true,
  'partnership-boards': true,
  meetings: true,
  'agenda-items': true,
  decisions: true,
  attendance: true,
  'attendance-counts': true,
  actions: true,
  activities: true,
  feedback: true,
  'feedback-themes': true,
  themes: true,
  outcomes: true,
  'outcome-status-changes': true,
  'outcome-feedback': true,
  'outcome-themes': true,
  'claim-totals': true,
  budgets: true,
  'audit-trail': true,
};

/** Whether a catalogue's dataset name is one the export's path takes. */
export function isDatasetName(name: string | undefined): name is DatasetName {
  return name !== undefined && Object.hasOwn(DATASET_NAMES, name);
}

/** The filters of an export; empty ones are not sent. */
export interface ExportFilters {
  partnershipId?: string;
  from?: string;
  to?: string;
  updatedSince?: string;
}

function given(filters: ExportFilters): ExportFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
}

/** The datasets the signed-in person may export (analysts and admins; others get 403). */
export function useExportCatalogue() {
  return useQuery({
    queryKey: exportKeys.catalogue(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/exports', { signal })),
    staleTime: 5 * 60_000,
  });
}

/** The data dictionary (datapackage.json), read into what the dictionary page shows. */
export function useDataPackage() {
  return useQuery({
    queryKey: exportKeys.dataPackage(),
    queryFn: async ({ signal }) => {
      const raw: unknown = await unwrap(api.GET('/api/v1/exports/datapackage.json', { signal }));
      return { raw, dataPackage: toDataPackage(raw) };
    },
    staleTime: 5 * 60_000,
    // Only an unreachable or failing server may do better next time; a document that is not a package will not.
    retry: (count, error) => count < 2 && isApiError(error) && (error.status === 0 || error.status >= 500),
  });
}

export interface DownloadResult {
  filename: string;
  bytes: number;
  /** Rows received; none for a zip. */
  rows?: number;
  /** Rows the server said it would send (Export-Rows), when it said so. */
  expectedRows?: number;
}

export interface DownloadProgress extends StreamProgress {
  filename: string;
  expectedRows?: number;
}

/** A download that ended before the server had sent every row it said it would. */
export class IncompleteDownloadError extends Error {
  constructor(
    readonly rows: number,
    readonly expectedRows: number,
  ) {
    super(
      `The download stopped after ${rows} of ${expectedRows} rows, so nothing was saved. Try again, or narrow the filters.`,
    );
    this.name = 'IncompleteDownloadError';
  }
}

async function streamToFile(
  response: Response,
  body: ReadableStream<Uint8Array<ArrayBuffer>> | null | undefined,
  fallbackName: string,
  onProgress: (progress: DownloadProgress) => void,
  format?: ExportFormat,
): Promise<DownloadResult> {
  const filename = filenameFrom(response.headers.get('Content-Disposition')) ?? fallbackName;
  const expectedRows = format ? rowsHeader(response.headers.get('Export-Rows')) : undefined;
  onProgress({ filename, expectedRows, bytes: 0, rows: format ? 0 : undefined });
  let latest: StreamProgress = { bytes: 0 };
  const report = (p: StreamProgress) => {
    latest = p;
    onProgress({ ...p, filename, expectedRows });
  };
  let read: Awaited<ReturnType<typeof readStream>>;
  try {
    read = body ? await readStream(body, report, format && rowCounter(format)) : { chunks: [], bytes: 0, rows: 0 };
  } catch (cause) {
    // Cancelled: the caller knows. Otherwise the connection went mid-way: say how far it got.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new Error(
      `The download was cut short after ${formatBytes(latest.bytes)}${latest.rows === undefined ? '' : ` (${latest.rows} rows)`}, so nothing was saved. Try again.`,
      { cause },
    );
  }
  const { chunks, bytes } = read;
  const rows = format ? read.rows : undefined;
  if (rows !== undefined && expectedRows !== undefined && rows < expectedRows) {
    throw new IncompleteDownloadError(rows, expectedRows);
  }
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  saveFile(new Blob(chunks, { type }), filename);
  return { filename, bytes, rows, expectedRows };
}

/**
 * Downloads one dataset with the person's token, reading it as it streams in (progress after
 * each piece), then saves it under the server's file name.
 */
export async function downloadDataset(
  dataset: DatasetName,
  format: ExportFormat,
  filters: ExportFilters,
  { signal, onProgress }: { signal?: AbortSignal; onProgress: (progress: DownloadProgress) => void },
): Promise<DownloadResult> {
  const { data, response } = await unwrapResponse(
    api.GET('/api/v1/exports/{dataset}', {
      params: { path: { dataset }, query: { format, ...given(filters) } },
      parseAs: 'stream',
      signal,
    }),
  );
  return streamToFile(response, data, `${dataset}.${format}`, onProgress, format);
}

/** Downloads every dataset as one zip (CSV files and datapackage.json), with the same filters. */
export async function downloadEverything(
  filters: ExportFilters,
  { signal, onProgress }: { signal?: AbortSignal; onProgress: (progress: DownloadProgress) => void },
): Promise<DownloadResult> {
  const { data, response } = await unwrapResponse(
    api.GET('/api/v1/exports/all.zip', { params: { query: given(filters) }, parseAs: 'stream', signal }),
  );
  return streamToFile(response, data, 'tandem-exports.zip', onProgress);
}

/** Saves the data dictionary as it came, as datapackage.json (for tools that read data packages). */
export function saveDataPackage(raw: unknown) {
  saveFile(new Blob([JSON.stringify(raw, null, 2)], { type: 'application/json' }), 'datapackage.json');
}
