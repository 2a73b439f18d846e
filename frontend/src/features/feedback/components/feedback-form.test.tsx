import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fetchMock, json, problem, sentChanges } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { londonToday } from '@/lib/dates';
import { dateGroup, dateShown } from '@/testing/dates';
import { DEFAULTS_KEY, FeedbackForm } from './feedback-form';

const PARTNERSHIPS = [
  { id: 'p1', name: 'Lewisham People’s Partnership' },
  { id: 'p2', name: 'Primary care hub' },
];

const THEMES = [
  { id: 'f1', kind: 'FOCUS_AREA', name: 'Healthy partnerships', status: 'ACTIVE' },
  { id: 't1', kind: 'THEME', name: 'Access to primary care', parentId: 'f1', status: 'ACTIVE' },
];

const ACTIVITIES = {
  items: [{ id: 'act1', partnershipId: 'p2', title: 'GP access workshop', heldOn: '2026-11-02', kind: 'WORKSHOP' }],
};

function serve(onPost: (request: Request) => Response = () => json(201, { id: 'new' })) {
  fetchMock.mockImplementation(async (request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'POST') return onPost(request);
    if (path === '/api/v1/themes') return json(200, THEMES);
    if (path === '/api/v1/activities') return json(200, ACTIVITIES);
    if (path === '/api/v1/activities/act1') return json(200, ACTIVITIES.items[0]);
    if (path === '/api/v1/partnerships') return json(200, { items: PARTNERSHIPS, totalItems: PARTNERSHIPS.length });
    const partnership = PARTNERSHIPS.find((p) => path === `/api/v1/partnerships/${p.id}`);
    if (partnership) return json(200, partnership);
    return json(404, {});
  });
}

beforeEach(() => localStorage.clear());

/** Types into a chooser (a combobox that searches the server) and picks the match named `option`. */
async function choose(label: string, text: string, option: RegExp) {
  await userEvent.type(screen.getByRole('combobox', { name: label }), text);
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('FeedbackForm', () => {
  it('starts in the text, saves with Ctrl+Enter, then clears for the next item keeping where it came from', async () => {
    serve();
    renderWithProviders(<FeedbackForm canChoosePerson={false} />);
    const text = screen.getByLabelText('What was said');
    await waitFor(() => expect(text).toHaveFocus());
    await choose('Partnership', 'Primary', /Primary care hub/);
    await choose('Activity (optional)', 'GP', /GP access workshop/);
    await userEvent.type(screen.getByLabelText('Area (optional)'), 'Lewisham North');
    await userEvent.click(text);
    await userEvent.type(text, 'Three weeks for a GP appointment');
    await userEvent.type(screen.getByRole('combobox', { name: 'Themes (optional)' }), 'access{Enter}');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');

    await screen.findByText(/Saved “Three weeks for a GP appointment”\. 1 recorded/);
    expect(screen.getByRole('status')).toHaveTextContent('Ready for the next one');
    expect(text).toHaveValue('');
    expect(text).toHaveFocus();
    expect(screen.queryByRole('button', { name: /Remove Access/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Partnership')).toHaveValue('Primary care hub');
    expect(screen.getByLabelText('Activity (optional)')).toHaveValue('GP access workshop (2 Nov 2026)');
    expect(screen.getByLabelText('Area (optional)')).toHaveValue('Lewisham North');

    await userEvent.type(text, 'No interpreter was offered');
    await userEvent.click(screen.getByRole('button', { name: 'Save and add another' }));
    await screen.findByText(/2 recorded/);

    const changes = await sentChanges();
    expect(changes.map((c) => c.body)).toEqual([
      {
        partnershipId: 'p2',
        activityId: 'act1',
        text: 'Three weeks for a GP appointment',
        receivedOn: londonToday(),
        area: 'Lewisham North',
        themeIds: ['t1'],
      },
      {
        partnershipId: 'p2',
        activityId: 'act1',
        text: 'No interpreter was offered',
        receivedOn: londonToday(),
        area: 'Lewisham North',
      },
    ]);
    const keys = fetchMock.mock.calls
      .map(([r]) => r)
      .filter((r) => r.method === 'POST')
      .map((r) => r.headers.get('Idempotency-Key'));
    expect(keys[0]).toBeTruthy();
    expect(keys[0]).not.toBe(keys[1]);
    expect(JSON.parse(localStorage.getItem(DEFAULTS_KEY) ?? '{}')).toMatchObject({
      partnershipId: 'p2',
      activityId: 'act1',
      area: 'Lewisham North',
    });
  }, 30_000);

  it('starts from the defaults the previous entry left', async () => {
    localStorage.setItem(
      DEFAULTS_KEY,
      JSON.stringify({ partnershipId: 'p2', activityId: 'act1', receivedOn: '2026-11-02', area: 'Deptford' }),
    );
    serve();
    renderWithProviders(<FeedbackForm canChoosePerson={false} />);
    await waitFor(() => expect(screen.getByLabelText('Partnership')).toHaveValue('Primary care hub'));
    expect(dateShown('Date received')).toBe('2 11 2026');
    expect(screen.getByLabelText('Area (optional)')).toHaveValue('Deptford');
    await waitFor(() =>
      expect(screen.getByLabelText('Activity (optional)')).toHaveValue('GP access workshop (2 Nov 2026)'),
    );
  });

  it('keeps the text and shows the server’s field error next to it', async () => {
    serve(() =>
      problem(400, { title: 'Request is not valid', errors: [{ field: 'text', message: 'must not be blank' }] }),
    );
    renderWithProviders(<FeedbackForm canChoosePerson={false} />);
    await choose('Partnership', 'Lewisham', /Lewisham People/);
    await userEvent.type(screen.getByLabelText('What was said'), '   ');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByRole('link', { name: 'Text must not be blank' })).toHaveAttribute(
      'href',
      '#feedback-text',
    );
    expect(screen.getByText('Text must not be blank', { selector: '.nhsuk-error-message' })).toBeInTheDocument();
  });

  it('sends who said it with their consent, links to the item saved, and starts the next one with nobody', async () => {
    serve(() => json(201, { id: 'f-new' }));
    renderWithProviders(<FeedbackForm canChoosePerson={false} />);
    await choose('Partnership', 'Lewisham', /Lewisham People/);
    await userEvent.type(screen.getByLabelText('What was said'), 'Tell me what you do about it');
    expect(screen.getByRole('group', { name: 'Who said this (optional)' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Their email address'), 'sam@example.org');
    await userEvent.click(screen.getByLabelText('They agreed to be contacted about what happens next'));
    await userEvent.click(screen.getByRole('button', { name: 'Save and add another' }));

    expect(await screen.findByRole('link', { name: 'View the item just saved' })).toHaveAttribute(
      'href',
      '/feedback/f-new',
    );
    const [change] = await sentChanges();
    expect(change?.body).toMatchObject({ contributorEmail: 'sam@example.org', contributorConsent: true });
    expect(screen.getByLabelText('Their email address')).toHaveValue('');
    expect(screen.getByLabelText('They agreed to be contacted about what happens next')).not.toBeChecked();
  });

  it('shows the server’s refusal of an address without consent at the checkbox', async () => {
    serve(() =>
      problem(400, {
        title: 'Request is not valid',
        errors: [{ field: 'contributorConsent', message: 'must be true to keep an email address' }],
      }),
    );
    renderWithProviders(<FeedbackForm canChoosePerson={false} />);
    await choose('Partnership', 'Lewisham', /Lewisham People/);
    await userEvent.type(screen.getByLabelText('What was said'), 'Tell me what you do about it');
    await userEvent.type(screen.getByLabelText('Their email address'), 'sam@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Save and add another' }));
    expect(await screen.findByRole('link', { name: /must be true to keep an email address/ })).toHaveAttribute(
      'href',
      '#feedback-contributor-consent',
    );
    expect(screen.getByLabelText('Their email address')).toHaveValue('sam@example.org');
  });

  it('starts with no partnership and asks for one before saving anything', async () => {
    serve();
    renderWithProviders(<FeedbackForm canChoosePerson={false} />);
    expect(screen.getByLabelText('Partnership')).toHaveValue('');
    await userEvent.type(screen.getByLabelText('What was said'), 'The bus stop moved');
    await userEvent.click(screen.getByRole('button', { name: 'Save and add another' }));
    expect(await screen.findByRole('link', { name: 'Choose the partnership the feedback is for' })).toHaveAttribute(
      'href',
      '#feedback-partnership',
    );
    expect(screen.getByLabelText('Partnership')).toHaveAccessibleDescription(
      /Choose the partnership the feedback is for/,
    );
    expect(screen.getByLabelText('What was said')).toHaveValue('The bus stop moved');
    expect(await sentChanges()).toEqual([]);
  });

  it('starts with the partnership it was opened for', async () => {
    serve();
    renderWithProviders(<FeedbackForm canChoosePerson={false} initialPartnershipId="p2" />);
    await waitFor(() => expect(screen.getByLabelText('Partnership')).toHaveValue('Primary care hub'));
  });

  it('names an impossible date at the field and sends nothing', async () => {
    serve();
    renderWithProviders(<FeedbackForm canChoosePerson={false} initialPartnershipId="p1" />);
    await userEvent.type(screen.getByLabelText('What was said'), 'The bus stop moved');
    const day = within(dateGroup('Date received')).getByLabelText('Day');
    const month = within(dateGroup('Date received')).getByLabelText('Month');
    const year = within(dateGroup('Date received')).getByLabelText('Year');
    for (const box of [day, month, year]) await userEvent.clear(box);
    await userEvent.type(day, '31');
    await userEvent.type(month, '2');
    await userEvent.type(year, '2021');
    await userEvent.click(screen.getByRole('button', { name: 'Save and add another' }));
    expect(await screen.findByRole('link', { name: 'Date received must be a real date' })).toHaveAttribute(
      'href',
      '#feedback-date-day',
    );
    expect(dateGroup('Date received')).toHaveAccessibleDescription(/Date received must be a real date/);
    expect(await sentChanges()).toEqual([]);
  });
});
