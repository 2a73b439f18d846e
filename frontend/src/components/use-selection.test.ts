import { allRowsSelected, sharedGroup, toggleRow, toggleRows, type Selection } from './use-selection';

const a = { id: 'a', group: 'p1' };
const b = { id: 'b', group: 'p1' };
const c = { id: 'c', group: 'p2' };
const d = { id: 'd', group: 'p1' };
const page1 = [a, b];
const page2 = [c, d];

describe('row selection', () => {
  it('ticks and unticks one row', () => {
    const one = toggleRow(new Map(), { id: 'a', group: 'p1' }, true);
    expect([...one.keys()]).toEqual(['a']);
    expect(toggleRow(one, { id: 'a', group: 'p1' }, false).size).toBe(0);
  });

  it('selects all on a page and keeps what was chosen on other pages', () => {
    let selection: Selection = toggleRow(new Map(), c, true);
    selection = toggleRows(selection, page1, true);
    expect([...selection.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(allRowsSelected(selection, page1)).toBe(true);
    expect(allRowsSelected(selection, page2)).toBe(false);
    selection = toggleRows(selection, page1, false);
    expect([...selection.keys()]).toEqual(['c']);
    expect(allRowsSelected(selection, [])).toBe(false);
  });

  it('knows the one partnership shared by every chosen row', () => {
    expect(sharedGroup(new Map())).toBeUndefined();
    const samePartnership = toggleRows(new Map(), [...page1, d], true);
    expect(sharedGroup(samePartnership)).toBe('p1');
    expect(sharedGroup(toggleRow(samePartnership, c, true))).toBeUndefined();
  });
});
