import { render, screen } from '@testing-library/react';
import { ApiError } from '@/lib/api/problem';
import { ErrorSummary, fieldError } from './error-summary';

const validation = new ApiError(400, {
  status: 400,
  title: 'Request is not valid',
  errors: [
    { field: 'name', message: 'must not be blank' },
    { field: 'participantOrganisationIds[0]', message: 'is not an organisation' },
  ],
});

describe('ErrorSummary', () => {
  it('lists field errors, linking each to its input, and takes focus', () => {
    render(<ErrorSummary error={validation} fields={{ name: 'partnership-name' }} />);
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Name must not be blank' })).toHaveAttribute('href', '#partnership-name');
    // A field without an input on this form is still listed, as text.
    expect(screen.getByText('Participant organisation ids 1 is not an organisation')).toBeInTheDocument();
  });

  it('describes a problem without fields by its status', () => {
    render(<ErrorSummary error={new ApiError(403, { status: 403 })} />);
    expect(screen.getByRole('heading', { name: 'You cannot do this' })).toBeInTheDocument();
  });

  it('shows nothing without an error', () => {
    const { container } = render(<ErrorSummary error={null} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('fieldError', () => {
  it('gives the message for the input of a field, only for validation problems', () => {
    expect(fieldError(validation, 'name')).toBe('Name must not be blank');
    expect(fieldError(validation, 'website')).toBeUndefined();
    expect(fieldError(new ApiError(409, { errors: [{ field: 'name', message: 'x' }] }), 'name')).toBeUndefined();
  });
});
