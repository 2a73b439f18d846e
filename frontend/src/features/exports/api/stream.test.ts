import { filenameFrom, formatBytes, readStream, rowCounter, rowsHeader, type ExportFormat } from './stream';

const encoder = new TextEncoder();

/** The rows counted when the body arrives in pieces of `size` bytes. */
function count(format: ExportFormat, body: string, size: number): number {
  const bytes = encoder.encode(body);
  const counter = rowCounter(format);
  for (let i = 0; i < bytes.length; i += size) counter.push(bytes.subarray(i, i + size));
  return counter.rows;
}

const BOM = '\uFEFF';
const CSV =
  `${BOM}id,text,receivedOn\r\n` +
  `1,Three weeks to get a GP appointment,2026-11-02\r\n` +
  `2,"Two lines:\r\nfirst, then ""second""",2026-11-03\r\n` +
  `3,"'=1+1 (a formula, guarded)",2026-11-04\r\n`;
const NDJSON = '{"id":1,"text":"a\\nb"}\n{"id":2,"text":"{not a row}"}\n{"id":3,"text":""}\n';
const JSON_ARRAY = '[\n{"id":1,"text":"a"},\n{"id":2,"text":"]"},\n{"id":3,"text":"c"}\n]\n';

describe('rowCounter', () => {
  it('counts CSV rows after the header, not the line breaks inside quoted text, however the body is split', () => {
    for (const size of [1, 2, 3, 7, 64, 10_000]) {
      expect(count('csv', CSV, size)).toBe(3);
    }
  });

  it('counts only rows whose line has ended', () => {
    const counter = rowCounter('csv');
    counter.push(encoder.encode(`${BOM}id,text\r\n1,a\r\n2,"b`));
    expect(counter.rows).toBe(1);
    counter.push(encoder.encode('\r\nstill b"\r\n'));
    expect(counter.rows).toBe(2);
  });

  it('counts NDJSON objects, one per line', () => {
    for (const size of [1, 5, 1000]) expect(count('ndjson', NDJSON, size)).toBe(3);
  });

  it('counts the objects of a JSON array, not its brackets', () => {
    for (const size of [1, 4, 1000]) expect(count('json', JSON_ARRAY, size)).toBe(3);
    expect(count('json', '[\n]\n', 1)).toBe(0);
  });

  it('finds no rows in an empty export', () => {
    expect(count('csv', `${BOM}id,text\r\n`, 3)).toBe(0);
    expect(count('ndjson', '', 1)).toBe(0);
  });

  it('is not fooled by text in other scripts split between pieces', () => {
    const csv = `${BOM}id,text\r\n1,Cymraeg: “Diolch” – 谢谢 😀\r\n2,"ünïcödé\r\nzweite Zeile"\r\n`;
    for (const size of [1, 2, 3]) expect(count('csv', csv, size)).toBe(2);
  });
});

describe('formatBytes', () => {
  it('gives sizes as people read them', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1,023 bytes');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(12_700)).toBe('12.4 KB');
    expect(formatBytes(1_258_291)).toBe('1.2 MB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5 GB');
  });
});

describe('filenameFrom', () => {
  it('reads the name from Content-Disposition', () => {
    expect(filenameFrom('attachment; filename="feedback.csv"')).toBe('feedback.csv');
    expect(filenameFrom('attachment; filename=feedback.ndjson')).toBe('feedback.ndjson');
    expect(filenameFrom(`attachment; filename="x.csv"; filename*=UTF-8''caf%C3%A9.csv`)).toBe('café.csv');
  });

  it('keeps no folder, and gives nothing when there is no name', () => {
    expect(filenameFrom('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(filenameFrom('attachment')).toBeUndefined();
    expect(filenameFrom(null)).toBeUndefined();
  });
});

describe('rowsHeader', () => {
  it('reads Export-Rows, or nothing when absent or not a count', () => {
    expect(rowsHeader('1234')).toBe(1234);
    expect(rowsHeader('0')).toBe(0);
    expect(rowsHeader(null)).toBeUndefined();
    expect(rowsHeader('-1')).toBeUndefined();
    expect(rowsHeader('many')).toBeUndefined();
  });
});

describe('readStream', () => {
  it('reads every piece, reporting the bytes and rows so far after each', async () => {
    const pieces = ['{"id":1}\n{"id"', ':2}\n', '{"id":3}\n'].map((p) => encoder.encode(p));
    const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(piece);
        controller.close();
      },
    });
    const seen: { bytes: number; rows?: number }[] = [];
    const result = await readStream(body, (p) => seen.push(p), rowCounter('ndjson'));
    expect(seen).toEqual([
      { bytes: 14, rows: 1 },
      { bytes: 18, rows: 2 },
      { bytes: 27, rows: 3 },
    ]);
    expect(result.rows).toBe(3);
    expect(result.bytes).toBe(27);
    expect(result.chunks).toHaveLength(3);
  });
});
