/** Reading an export as it streams in: counting its rows, its size, and the name to save it under. */

export type ExportFormat = 'csv' | 'ndjson' | 'json';

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;

export interface RowCounter {
  /** Counts the rows completed in the next piece of the body. */
  push(chunk: Uint8Array): void;
  /** Rows received in full so far (a row counts once its line has ended). */
  readonly rows: number;
}

/**
 * Counts rows by line breaks, as the server writes them: CSV has a header line, then a line per
 * row, but a quoted text may itself hold line breaks, so only those outside quotes count (a
 * doubled quote inside a text flips twice, and so changes nothing). NDJSON is an object per
 * line; JSON is `[`, an object per line, then `]`: there only the lines that start an object
 * count. Bytes are read, not characters: in UTF-8 no byte of another character is a newline,
 * quote or brace, so a character split between two pieces cannot fool it.
 */
export function rowCounter(format: ExportFormat): RowCounter {
  return format === 'csv' ? csvCounter() : jsonLinesCounter();
}

function csvCounter(): RowCounter {
  let lines = 0;
  let quoted = false;
  return {
    push(chunk) {
      for (const byte of chunk) {
        if (byte === QUOTE) quoted = !quoted;
        else if (byte === NEWLINE && !quoted) lines++;
      }
    },
    get rows() {
      // The first line is the header.
      return Math.max(0, lines - 1);
    },
  };
}

function jsonLinesCounter(): RowCounter {
  let rows = 0;
  let lineStart = true;
  let lineIsRow = false;
  return {
    push(chunk) {
      for (const byte of chunk) {
        if (byte === NEWLINE) {
          if (lineIsRow) rows++;
          lineStart = true;
          lineIsRow = false;
        } else if (lineStart) {
          lineIsRow = byte === OPEN_BRACE;
          lineStart = false;
        }
      }
    },
    get rows() {
      return rows;
    },
  };
}

const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-GB');

/** A size as people read it: 512 bytes, 12.3 KB, 1.2 MB, 2.5 GB (powers of 1,024). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${whole.format(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${decimal.format(value)} ${units[unit]}`;
}

/** 1,234 */
export function formatCount(count: number): string {
  return whole.format(count);
}

/**
 * The file name a Content-Disposition header gives (`attachment; filename="feedback.csv"`, or
 * RFC 6266's `filename*=UTF-8''...`), without any folder in it; none when it gives none.
 */
export function filenameFrom(disposition: string | null | undefined): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  let name: string | undefined;
  if (extended?.[1]) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch {
      name = undefined;
    }
  }
  name ??= /filename\s*=\s*"((?:[^"\\]|\\.)*)"/.exec(disposition)?.[1]?.replace(/\\(.)/g, '$1');
  name ??= /filename\s*=\s*([^;\s]+)/.exec(disposition)?.[1];
  const base = name?.split(/[/\\]/).pop()?.trim();
  return base && base !== '.' && base !== '..' ? base : undefined;
}

/** The rows a response says it holds (Export-Rows), when it says so. */
export function rowsHeader(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

export interface StreamProgress {
  /** Bytes received so far (after the browser undid any gzip). */
  bytes: number;
  /** Rows received in full so far; none for a zip. */
  rows?: number;
}

/**
 * Reads a body to its end with a ReadableStream reader, reporting after each piece, and gives
 * back the pieces (to save as one file).
 */
export async function readStream(
  body: ReadableStream<Uint8Array<ArrayBuffer>>,
  onProgress: (progress: StreamProgress) => void,
  counter?: RowCounter,
): Promise<{ chunks: Uint8Array<ArrayBuffer>[]; bytes: number; rows?: number }> {
  const reader = body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      counter?.push(value);
      onProgress({ bytes, rows: counter?.rows });
    }
  } finally {
    reader.releaseLock();
  }
  return { chunks, bytes, rows: counter?.rows };
}
