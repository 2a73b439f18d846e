import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { fetchMock, json } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { NEW_PERSON, NO_PERSON, PersonChooser, type PersonChoice } from './person-chooser';

function Harness({ initial = NO_PERSON }: { initial?: PersonChoice }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <button type="button">Before</button>
      <PersonChooser id="attendee" label="Attendee" value={value} onChange={setValue} />
    </>
  );
}

describe('PersonChooser', () => {
  beforeEach(() => {
    fetchMock.mockImplementation(async () => json(200, { items: [], page: 0, size: 10, totalItems: 0, totalPages: 0 }));
  });

  it('moves focus to the new person’s name when you add someone new, and back to the search when you go back', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />);

    await user.click(screen.getByRole('button', { name: 'Add someone new' }));
    const name = screen.getByRole('textbox', { name: 'Their name' });
    expect(name).toHaveFocus();
    await user.keyboard('Amara Okafor');
    expect(name).toHaveValue('Amara Okafor');

    await user.click(screen.getByRole('button', { name: 'Search the directory instead' }));
    expect(screen.getByRole('combobox', { name: /Attendee/ })).toHaveFocus();
  });

  it('leaves focus where it is when the form opens already adding someone', () => {
    renderWithProviders(<Harness initial={{ ...NO_PERSON, personId: NEW_PERSON, newName: 'Sam' }} />);
    expect(screen.getByRole('textbox', { name: 'Their name' })).not.toHaveFocus();
  });
});
