import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, json, sentChanges } from '@/testing/fetch-mock';
import { aClaim } from '@/testing/fixtures';
import { ApiError } from '@/lib/api/problem';
import { renderWithProviders } from '@/testing/render';
import { useClaimTransition, type Claim, type ClaimLine } from '../api/claims';
import { ClaimActions } from './claim-actions';
import { ClaimLineForm } from './claim-line-form';
import { ClaimLines } from './claim-lines';
import { InvolvementChoice } from './involvement-choice';

/** The claim's actions, with the transitions the claim's page shares with its lines. */
function Actions({ claim }: { claim: Claim }) {
  const transitions = useClaimTransition(claim);
  return <ClaimActions claim={claim} transitions={transitions} onDeleted={() => {}} />;
}

const draft: Claim = aClaim({ id: 'c1', status: 'DRAFT', version: 2, allowedActions: ['EDIT', 'DELETE', 'SUBMIT'] });

describe('ClaimActions', () => {
  it('offers only what allowedActions lists', () => {
    renderWithProviders(<Actions claim={draft} />);
    expect(screen.getByRole('button', { name: 'Submit claim' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.queryByText('Reject this claim')).not.toBeInTheDocument();
    expect(screen.queryByText('Withdraw this claim')).not.toBeInTheDocument();
  });

  it('lets finance approve or reject a submitted claim, sending the version', async () => {
    answer({}, () => json(200, { ...draft, status: 'APPROVED', allowedActions: [] }));
    const submitted: Claim = { ...draft, status: 'SUBMITTED', allowedActions: ['APPROVE', 'REJECT'] };
    renderWithProviders(<Actions claim={submitted} />);
    expect(screen.queryByRole('button', { name: 'Submit claim' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(async () =>
      expect(await sentChanges()).toEqual([
        { method: 'POST', path: '/api/v1/claims/c1/approve', body: { version: 2 }, query: expect.anything() },
      ]),
    );
  });
});

describe('ClaimLineForm', () => {
  it('sends mileage as miles for the server to price', async () => {
    answer({}, () =>
      json(201, { ...draft, lines: [{ id: 'l1', category: 'MILEAGE', miles: 12.5, amountPence: 563 }] }),
    );
    renderWithProviders(<ClaimLineForm claim={draft} />);
    await userEvent.selectOptions(screen.getByLabelText('What are you claiming?'), 'MILEAGE');
    await userEvent.type(screen.getByLabelText('Miles driven (there and back)'), '12.5');
    await userEvent.click(screen.getByRole('button', { name: 'Add to claim' }));
    await waitFor(async () =>
      expect((await sentChanges()).map((r) => r.body)).toEqual([{ category: 'MILEAGE', miles: 12.5 }]),
    );
  });

  it('sends an expense in pence and offers the camera for its receipt', async () => {
    answer({}, () => json(201, draft));
    renderWithProviders(<ClaimLineForm claim={{ ...draft, declineInvolvementPayment: true }} />);
    expect(screen.queryByRole('option', { name: /Involvement payment/ })).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('What are you claiming?'), 'PARKING');
    const receipt = screen.getByLabelText('Receipt (photo or PDF)');
    expect(receipt).toHaveAttribute('capture', 'environment');
    expect(receipt).toHaveAttribute('accept', 'image/*,application/pdf');
    await userEvent.type(screen.getByLabelText('Amount in pounds'), '3.40');
    await userEvent.click(screen.getByRole('button', { name: 'Add to claim' }));
    await waitFor(async () =>
      expect((await sentChanges()).map((r) => r.body)).toEqual([{ category: 'PARKING', amountPence: 340 }]),
    );
  });
});

function aLine(overrides: Partial<ClaimLine>): ClaimLine {
  return {
    id: 'l0',
    category: 'PARKING',
    description: null,
    reason: null,
    duration: null,
    miles: null,
    hours: null,
    unitRatePence: null,
    amountPence: 0,
    receiptRequired: false,
    receipts: [],
    ...overrides,
  };
}

describe('ClaimLines', () => {
  const taxi = aLine({ id: 'l2', category: 'TAXI', amountPence: 2400, receiptRequired: true });

  it('says at the line which receipt a refused submit needs, and offers to add it to the saved line', () => {
    const refused = new ApiError(422, {
      type: '/problems/receipts-missing',
      status: 422,
      errors: [
        { field: 'lines[0].receipts', message: 'Add a receipt for the taxi on 17 July 2024 – receipts are needed' },
      ],
    });
    renderWithProviders(<ClaimLines claim={{ ...draft, lines: [taxi] }} submitError={refused} />);
    const input = screen.getByLabelText('Add a receipt for Taxi');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAccessibleDescription(/Add a receipt for the taxi on 17 July 2024/);
    expect(screen.queryByText(/Someone else changed this/)).not.toBeInTheDocument();
  });
});

describe('InvolvementChoice', () => {
  it('records that the claimant does not want the involvement payment, with the version', async () => {
    answer({}, () => json(200, { ...draft, declineInvolvementPayment: true, lines: [] }));
    const withPayment: Claim = {
      ...draft,
      lines: [aLine({ id: 'l1', category: 'INVOLVEMENT_PAYMENT', duration: 'HALF_DAY', amountPence: 7500 })],
    };
    renderWithProviders(<InvolvementChoice claim={withPayment} submitError={undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'I do not want the involvement payment' }));
    await waitFor(async () =>
      expect((await sentChanges()).map((r) => [r.method, r.path, r.body])).toEqual([
        ['PUT', '/api/v1/claims/c1', { version: 2, declineInvolvementPayment: true }],
      ]),
    );
  });
});
