import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, json, sentChanges } from '@/testing/fetch-mock';
import { aClaim } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import type { Claim } from '../api/claims';
import { ClaimActions } from './claim-actions';
import { ClaimLineForm } from './claim-line-form';

const draft: Claim = aClaim({ id: 'c1', status: 'DRAFT', version: 2, allowedActions: ['EDIT', 'DELETE', 'SUBMIT'] });

describe('ClaimActions', () => {
  it('offers only what allowedActions lists', () => {
    renderWithProviders(<ClaimActions claim={draft} onDeleted={() => {}} />);
    expect(screen.getByRole('button', { name: 'Submit claim' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.queryByText('Reject this claim')).not.toBeInTheDocument();
    expect(screen.queryByText('Withdraw this claim')).not.toBeInTheDocument();
  });

  it('lets finance approve or reject a submitted claim, sending the version', async () => {
    answer({}, () => json(200, { ...draft, status: 'APPROVED', allowedActions: [] }));
    const submitted: Claim = { ...draft, status: 'SUBMITTED', allowedActions: ['APPROVE', 'REJECT'] };
    renderWithProviders(<ClaimActions claim={submitted} onDeleted={() => {}} />);
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
