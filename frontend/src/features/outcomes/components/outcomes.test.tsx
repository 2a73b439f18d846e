import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fetchMock, json, problem, sentChanges } from '@/testing/fetch-mock';
import { anOutcome } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import type { Outcome } from '../api/outcomes';
import { groupByStatus, OutcomeBoard } from './outcome-board';
import { PublishButton } from './publish-button';
import { StatusChangeForm } from './status-change-form';

const outcome = (id: string, status: Outcome['status'], youSaid: string): Outcome =>
  anOutcome({
    id,
    partnershipId: 'p1',
    youSaid,
    weDid: `We did ${id}`,
    status,
    themeIds: ['t1'],
    published: id === 'o2',
    dueOn: '2030-03-31',
    version: 3,
    allowedActions: ['EDIT', 'CHANGE_STATUS'],
  });

const [o1, o2, o3, o4] = [
  outcome('o1', 'UNDER_CONSIDERATION', 'Letters are confusing'),
  outcome('o2', 'IN_PROGRESS', 'Nobody explains the options'),
  outcome('o3', 'UNDER_CONSIDERATION', 'Waits are too long'),
  outcome('o4', 'NOT_POSSIBLE', 'Open on Sundays'),
];
const outcomes = [o1, o2, o3, o4];

describe('groupByStatus', () => {
  it('puts each outcome in its status column, keeping the order', () => {
    const groups = groupByStatus(outcomes);
    expect(groups.UNDER_CONSIDERATION.map((o) => o.id)).toEqual(['o1', 'o3']);
    expect(groups.IN_PROGRESS.map((o) => o.id)).toEqual(['o2']);
    expect(groups.DONE).toEqual([]);
    expect(groups.NOT_POSSIBLE.map((o) => o.id)).toEqual(['o4']);
  });
});

describe('OutcomeBoard', () => {
  it('shows four labelled columns with their cards, themes, published badge and due date', () => {
    renderWithProviders(
      <OutcomeBoard outcomes={outcomes} themeName={() => 'Access to primary care'} canEdit={false} />,
    );
    const column = screen.getByRole('region', { name: /Under consideration/ });
    expect(
      within(column)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['You said: Letters are confusing', 'You said: Waits are too long']);
    const inProgress = screen.getByRole('region', { name: /In progress/ });
    expect(within(inProgress).getByText('Published')).toBeInTheDocument();
    expect(within(inProgress).getByText(/Due 31 Mar 2030/)).toBeInTheDocument();
    expect(within(inProgress).getByText('Access to primary care')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: /Done/ })).getByText('None.')).toBeInTheDocument();
    expect(screen.queryByText('Change status')).not.toBeInTheDocument();
  });

  it('offers a status change on each card only to those who may edit', () => {
    renderWithProviders(<OutcomeBoard outcomes={outcomes} themeName={() => undefined} canEdit />);
    expect(screen.getAllByText('Change status', { selector: '.nhsuk-details__summary-text' })).toHaveLength(4);
  });
});

describe('StatusChangeForm', () => {
  it('asks for the reason before moving an outcome to not possible', async () => {
    fetchMock.mockImplementation(async () => json(200, { ...o2, status: 'NOT_POSSIBLE' }));
    renderWithProviders(<StatusChangeForm outcome={o2} />);
    await userEvent.selectOptions(screen.getByLabelText('New status'), 'NOT_POSSIBLE');
    await userEvent.click(screen.getByRole('button', { name: 'Change status' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('There is a problem');
    expect(screen.getByLabelText('Why is it not possible?')).toHaveAccessibleDescription(/Error: Reason is needed/);
    expect(await sentChanges()).toEqual([]);

    await userEvent.type(screen.getByLabelText('Why is it not possible?'), 'No budget this year');
    await userEvent.click(screen.getByRole('button', { name: 'Change status' }));
    await waitFor(async () =>
      expect(await sentChanges()).toEqual([
        {
          method: 'POST',
          path: '/api/v1/outcomes/o2/status',
          query: expect.anything(),
          body: { status: 'NOT_POSSIBLE', reason: 'No budget this year', version: 3 },
        },
      ]),
    );
  });

  it('moves on to another status without a reason', async () => {
    fetchMock.mockImplementation(async () => json(200, { ...o1, status: 'IN_PROGRESS' }));
    renderWithProviders(<StatusChangeForm outcome={o1} />);
    expect(screen.queryByRole('option', { name: 'Under consideration' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Change status' }));
    await waitFor(async () =>
      expect((await sentChanges()).map((r) => r.body)).toEqual([{ status: 'IN_PROGRESS', version: 3 }]),
    );
  });
});

describe('PublishButton', () => {
  it('after a version conflict says what changed and publishes the latest version', async () => {
    const loaded = o1;
    const latest: Outcome = { ...loaded, weDid: 'They changed this', version: 4 };
    fetchMock
      .mockResolvedValueOnce(
        problem(409, { title: 'Version conflict', type: 'http://localhost/problems/version-conflict' }),
      )
      .mockResolvedValueOnce(json(200, { ...latest, published: true, version: 5 }));
    renderWithProviders(<PublishButton outcome={loaded} reload={async () => latest} />);
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Someone else changed this while you were editing')).toBeInTheDocument();
    expect(screen.getByText(/now “They changed this”/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save my version' }));
    await waitFor(async () =>
      expect((await sentChanges()).map((r) => [r.method, r.body.published, r.body.version, r.body.weDid])).toEqual([
        ['PUT', true, 3, 'We did o1'],
        ['PUT', true, 4, 'They changed this'],
      ]),
    );
  });
});
