import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/** The day, month and year boxes of the date input whose legend is `legend`. */
export function dateGroup(legend: string | RegExp): HTMLElement {
  return screen.getByRole('group', { name: legend });
}

/** Types a yyyy-mm-dd date into a date input's three boxes, as a person would ("2 9 2020"). */
export async function typeDate(legend: string | RegExp, iso: string): Promise<void> {
  const [year = '', month = '', day = ''] = iso.split('-');
  const group = dateGroup(legend);
  const box = (label: string) => within(group).getByLabelText(label);
  await userEvent.clear(box('Day'));
  await userEvent.clear(box('Month'));
  await userEvent.clear(box('Year'));
  await userEvent.type(box('Day'), String(Number(day)));
  await userEvent.type(box('Month'), String(Number(month)));
  await userEvent.type(box('Year'), year);
}

/** What a date input's boxes show, as "day month year". */
export function dateShown(legend: string | RegExp): string {
  const group = dateGroup(legend);
  return ['Day', 'Month', 'Year']
    .map((label) => {
      const box = within(group).getByLabelText(label);
      return box instanceof HTMLInputElement ? box.value : '';
    })
    .join(' ');
}
