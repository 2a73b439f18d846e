import { act, renderHook } from '@testing-library/react';
import { useVersionedForm } from './use-versioned-form';

interface Rec {
  name: string;
  notes: string;
  version: number;
}

const empty = { name: '', notes: '' };
const toValues = (r: Rec) => ({ name: r.name, notes: r.notes });

function setup(initial: Rec, latest: Rec) {
  return renderHook(
    ({ record }: { record: Rec }) =>
      useVersionedForm({
        record,
        empty,
        toValues,
        versionOf: (r) => r.version,
        reload: async () => latest,
        labels: { name: 'Name', notes: 'Notes' },
      }),
    { initialProps: { record: initial } },
  );
}

describe('useVersionedForm', () => {
  it('starts from the loaded record and keeps typed values', () => {
    const { result } = setup({ name: 'A', notes: '', version: 1 }, { name: 'A', notes: '', version: 1 });
    expect(result.current.values).toEqual({ name: 'A', notes: '' });
    act(() => result.current.set('notes', 'typed'));
    expect(result.current.values.notes).toBe('typed');
    expect(result.current.version).toBe(1);
  });

  it('does not move its version on when the record refreshes in the background', () => {
    const { result, rerender } = setup({ name: 'A', notes: '', version: 1 }, { name: 'A', notes: '', version: 1 });
    rerender({ record: { name: 'B', notes: '', version: 2 } });
    expect(result.current.version).toBe(1);
  });

  it('after a conflict lists what changed, and saving mine uses the latest version', async () => {
    const { result } = setup({ name: 'A', notes: '', version: 1 }, { name: 'Renamed', notes: '', version: 2 });
    act(() => result.current.set('notes', 'mine'));
    await act(() => result.current.onConflict());
    expect(result.current.conflict).toEqual([{ label: 'Name', theirs: 'Renamed' }]);
    expect(result.current.values.notes).toBe('mine');
    let version: number | undefined;
    act(() => {
      version = result.current.keepMine();
    });
    expect(version).toBe(2);
    expect(result.current.conflict).toBeUndefined();
    expect(result.current.values.notes).toBe('mine');
  });

  it('taking theirs replaces the form with the latest version', async () => {
    const { result } = setup({ name: 'A', notes: '', version: 1 }, { name: 'Renamed', notes: 'theirs', version: 2 });
    act(() => result.current.set('notes', 'mine'));
    await act(() => result.current.onConflict());
    act(() => result.current.takeTheirs());
    expect(result.current.values).toEqual({ name: 'Renamed', notes: 'theirs' });
    expect(result.current.version).toBe(2);
  });
});
