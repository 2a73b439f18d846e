import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { saveFile } from '@/lib/download';
import { fetchMock, json, problem, sentRequests } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import type { ExportDataset } from '../api/exports';
import { ExportForm } from './export-form';
import { dateGroup, typeDate } from '@/testing/dates';

vi.mock('@/lib/download', () => ({ saveFile: vi.fn() }));

const feedback: ExportDataset = {
  name: 'feedback',
  title: 'Feedback',
  description: 'One thing people said each.',
  adminsOnly: false,
  partnershipFilter: true,
  dateFilter: 'the day it was received (receivedOn)',
  changeFeed: true,
  fields: ['id', 'text'],
};
const organisations: ExportDataset = {
  name: 'organisations',
  title: 'Organisations',
  description: 'The organisations your partnerships involve.',
  adminsOnly: false,
  partnershipFilter: false,
  dateFilter: 'registered (createdAt)',
  changeFeed: true,
  fields: ['id', 'name'],
};
const PARTNERSHIPS = { items: [{ id: 'p-1', name: "Lewisham People's Partnership" }], totalItems: 1 };

/** Answers the partnership chooser's searches, and every other request with `exported` once. */
function serve(exported: Response) {
  fetchMock.mockImplementation(async (request) =>
    new URL(request.url).pathname === '/api/v1/partnerships' ? json(200, PARTNERSHIPS) : exported,
  );
}

/** Chooses the partnership to filter on in the chooser. */
async function choosePartnership() {
  await userEvent.type(screen.getByRole('combobox', { name: 'Partnership' }), 'Lewisham');
  await userEvent.click(await screen.findByRole('option', { name: "Lewisham People's Partnership" }));
}

/** The export request sent (not the chooser's searches). */
async function exportRequest() {
  return (await sentRequests()).find((r) => r.path.startsWith('/api/v1/exports'));
}

const encoder = new TextEncoder();

/** A streamed export answer: the pieces arrive one by one, each when `release` is called. */
function streamed(pieces: string[], headers: Record<string, string>) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  let next = 0;
  return {
    response: new Response(body, { status: 200, headers }),
    release() {
      const piece = pieces[next++];
      if (piece === undefined) controller.close();
      else controller.enqueue(encoder.encode(piece));
    },
  };
}

function renderForm() {
  return renderWithProviders(<ExportForm datasets={[feedback, organisations]} />);
}

describe('ExportForm', () => {
  beforeEach(() => vi.mocked(saveFile).mockClear());

  it('shows the chosen dataset’s description and only the filters it takes', async () => {
    renderForm();
    expect(screen.getByLabelText('Dataset')).toHaveValue('feedback');
    expect(screen.getByText(/One thing people said each/)).toBeInTheDocument();
    expect(screen.getByLabelText('Partnership')).toBeInTheDocument();
    expect(dateGroup('From')).toBeInTheDocument();
    expect(screen.getByText('On the day it was received (receivedOn)')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Dataset'), 'organisations');
    expect(screen.getByText(/The organisations your partnerships involve/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Partnership')).not.toBeInTheDocument();
    expect(screen.getByText('On registered (createdAt)')).toBeInTheDocument();
    expect(dateGroup('Changed since')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /What its fields mean/ })).toHaveAttribute(
      'href',
      '/exports/dictionary#dataset-organisations',
    );
  });

  it('streams the download with a progress bar of rows and size, then saves it under the server’s name', async () => {
    const csv = streamed(['\uFEFFid,text\r\n1,a\r\n2,"b', '\r\nc"\r\n', '3,d\r\n'], {
      'Content-Type': 'text/csv;charset=UTF-8',
      'Content-Disposition': 'attachment; filename="feedback.csv"',
      'Export-Rows': '3',
    });
    serve(csv.response);
    renderForm();
    await choosePartnership();
    await typeDate('From', '2026-04-01');
    await userEvent.click(screen.getByLabelText('CSV, for Excel'));
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));

    const bar = await screen.findByRole('progressbar', { name: 'Downloading feedback.csv' });
    expect(bar).toHaveAttribute('max', '3');
    csv.release();
    await vi.waitFor(() => expect(screen.getByTestId('export-progress-detail')).toHaveTextContent('1 of 3 rows'));
    expect(bar).toHaveAttribute('value', '1');
    csv.release();
    await vi.waitFor(() => expect(screen.getByTestId('export-progress-detail')).toHaveTextContent('2 of 3 rows'));
    expect(screen.getByRole('button', { name: 'Download' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel download' })).toBeInTheDocument();
    csv.release();
    csv.release();

    await vi.waitFor(() =>
      expect(screen.getByTestId('export-status')).toHaveTextContent('Saved feedback.csv: 3 rows, 32 bytes.'),
    );
    expect(screen.getByRole('progressbar', { name: 'Downloaded feedback.csv' })).toHaveAttribute('value', '3');
    expect(screen.getByTestId('export-progress-detail')).toHaveTextContent('3 of 3 rows, 32 bytes');
    expect(saveFile).toHaveBeenCalledTimes(1);
    const [blob, filename] = vi.mocked(saveFile).mock.calls[0] ?? [];
    expect(filename).toBe('feedback.csv');
    // The bytes as they came, byte order mark and all.
    const saved = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob?.arrayBuffer());
    expect(saved).toBe('\uFEFFid,text\r\n1,a\r\n2,"b\r\nc"\r\n3,d\r\n');

    const request = await exportRequest();
    expect(request?.path).toBe('/api/v1/exports/feedback');
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      format: 'csv',
      partnershipId: 'p-1',
      from: '2026-04-01',
    });
  });

  it('counts the rows it gets, and names the file itself, when the server’s headers cannot be read', async () => {
    // Before CORS exposes Export-Rows and Content-Disposition, the page sees neither.
    const json = streamed(['[\n{"id":1},\n{"id":2}\n]\n'], { 'Content-Type': 'application/json' });
    fetchMock.mockResolvedValueOnce(json.response);
    renderForm();
    await userEvent.click(screen.getByLabelText('JSON: an array of objects'));
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    const bar = await screen.findByRole('progressbar', { name: 'Downloading feedback.json' });
    expect(bar).not.toHaveAttribute('value');
    json.release();
    json.release();
    await vi.waitFor(() =>
      expect(screen.getByTestId('export-status')).toHaveTextContent('Saved feedback.json: 2 rows, 23 bytes.'),
    );
    expect(screen.getByTestId('export-progress-detail')).toHaveTextContent('2 rows received, 23 bytes');
    expect(vi.mocked(saveFile).mock.calls[0]?.[1]).toBe('feedback.json');
  });

  it('sends only the filters the dataset takes', async () => {
    const ndjson = streamed([], { 'Content-Type': 'application/x-ndjson', 'Export-Rows': '0' });
    serve(ndjson.response);
    renderForm();
    await choosePartnership();
    await userEvent.selectOptions(screen.getByLabelText('Dataset'), 'organisations');
    await userEvent.click(screen.getByLabelText(/^NDJSON/));
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    ndjson.release();
    await vi.waitFor(() =>
      expect(screen.getByTestId('export-status')).toHaveTextContent('Saved organisations.ndjson: 0 rows, 0 bytes.'),
    );
    const request = await exportRequest();
    expect(request?.path).toBe('/api/v1/exports/organisations');
    expect(Object.fromEntries(request?.query ?? [])).toEqual({ format: 'ndjson' });
  });

  it('says so, and saves nothing, when the download stops short of the rows promised', async () => {
    const json = streamed(['[\n{"id":1},\n'], { 'Content-Type': 'application/json', 'Export-Rows': '5' });
    fetchMock.mockResolvedValueOnce(json.response);
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    json.release();
    json.release();
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The download stopped after 1 of 5 rows, so nothing was saved.');
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('says how far it got, and saves nothing, when the connection is lost mid-way', async () => {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
      },
    });
    fetchMock.mockResolvedValueOnce(new Response(body, { headers: { 'Content-Type': 'application/x-ndjson' } }));
    renderForm();
    await userEvent.click(screen.getByLabelText(/^NDJSON/));
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    await screen.findByRole('progressbar', { name: 'Downloading feedback.ndjson' });
    controller.enqueue(encoder.encode('{"id":1}\n{"id":2}\n'));
    await vi.waitFor(() => expect(screen.getByTestId('export-progress-detail')).toHaveTextContent('2 rows received'));
    controller.error(new TypeError('network error'));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The download was cut short after 18 bytes (2 rows), so nothing was saved.');
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('shows the server’s field errors in an error summary linking to the field', async () => {
    fetchMock.mockResolvedValueOnce(
      problem(400, { title: 'Invalid request', errors: [{ field: 'to', message: 'must not be before from' }] }),
    );
    renderForm();
    await typeDate('From', '2026-04-02');
    await typeDate('To', '2026-04-01');
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'To must not be before from' })).toHaveAttribute(
      'href',
      '#export-to-day',
    );
    expect(dateGroup('To')).toHaveAccessibleDescription(/To must not be before from/);
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('cancels a download on request, saving nothing', async () => {
    fetchMock.mockImplementationOnce(
      (request) =>
        new Promise((_resolve, reject) => {
          request.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        }),
    );
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel download' }));
    expect(await screen.findByText('The download was cancelled. Nothing was saved.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('downloads everything as one zip with the filters shown, its size as it comes', async () => {
    const zip = streamed(['PK\u0003\u0004', 'rest'], {
      'Content-Type': 'application/zip',
      'Content-Disposition': 'attachment; filename="tandem-exports.zip"',
    });
    fetchMock.mockResolvedValueOnce(zip.response);
    renderForm();
    await typeDate('Changed since', '2026-11-01');
    await userEvent.click(screen.getByRole('button', { name: 'Download everything (zip)' }));
    const bar = await screen.findByRole('progressbar', { name: 'Downloading tandem-exports.zip' });
    expect(bar).not.toHaveAttribute('value');
    zip.release();
    zip.release();
    zip.release();
    await vi.waitFor(() =>
      expect(screen.getByTestId('export-status')).toHaveTextContent('Saved tandem-exports.zip: 8 bytes.'),
    );
    const [request] = await sentRequests();
    expect(request?.path).toBe('/api/v1/exports/all.zip');
    expect(Object.fromEntries(request?.query ?? [])).toEqual({ updatedSince: '2026-11-01' });
  });
});
