import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { FieldChrome } from './form-fields';

export interface ComboboxOption {
  value: string;
  label: string;
  /** Shown under the label, to tell apart options of the same name. */
  detail?: string | null | undefined;
}

export interface ComboboxMatches {
  options: ComboboxOption[];
  /** How many match in all (the server answers only the first few). */
  total: number;
}

export type ComboboxSearch = (text: string, signal: AbortSignal) => Promise<ComboboxMatches>;

/** How many matches a chooser asks the server for: type more to narrow them. */
export const COMBOBOX_MATCHES = 10;

interface ComboboxProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Names the search in the query cache, e.g. ['choosers', 'partnerships', filter]. */
  queryKey: readonly unknown[];
  search: ComboboxSearch;
  /** The chosen option's value, or '' when nothing is chosen. */
  value: string;
  /** The chosen option's label (the caller knows it, or looks it up by value). */
  valueLabel: string | undefined;
  onChange: (value: string, option: ComboboxOption | undefined) => void;
  disabled?: boolean;
}

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

function announcement(matches: ComboboxMatches | undefined, searching: boolean): string {
  if (searching || !matches) return 'Searching';
  const { options, total } = matches;
  if (total === 0) return 'No matches';
  if (total > options.length) return `${total} matches, showing the first ${options.length}: type more to narrow them`;
  return total === 1 ? '1 match' : `${total} matches`;
}

/**
 * A text field that searches on the server as you type and offers the matches in a list
 * (the WAI-ARIA 1.2 combobox pattern: arrow keys move, Enter chooses, Escape closes).
 * Typing clears the choice until a match is chosen again.
 */
export function Combobox({
  id,
  label,
  hint,
  error,
  queryKey,
  search,
  value,
  valueLabel,
  onChange,
  disabled,
}: ComboboxProps) {
  const listId = `${id}-listbox`;
  const statusId = `${id}-status`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const instructionsId = `${id}-instructions${useId().replace(/:/g, '')}`;
  // null: the field shows the chosen option's label; a string: what the user is typing.
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const text = typed ?? '';
  const debounced = useDebounced(text.trim(), 250);

  const matches = useQuery({
    queryKey: [...queryKey, debounced],
    queryFn: ({ signal }) => search(debounced, signal),
    enabled: open,
    staleTime: 30_000,
    placeholderData: (previous) => previous,
  });
  const searching = open && (matches.isFetching || debounced !== text.trim());
  const options = matches.data?.options ?? [];
  const shown = open ? options : [];

  const choose = (option: ComboboxOption) => {
    setTyped(null);
    setOpen(false);
    setActive(-1);
    onChange(option.value, option);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(i + 1, shown.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      const option = open ? shown[active] : undefined;
      if (option) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (typed !== null) {
        setTyped(null);
      }
    }
  };

  const activeId = open && active >= 0 && shown[active] ? `${id}-option-${active}` : undefined;
  const describedBy = [hintId, errorId, instructionsId].filter(Boolean).join(' ');

  return (
    <FieldChrome label={label} hint={hint} error={error} inputId={id} hintId={hintId} errorId={errorId}>
      <span className="nhsuk-u-visually-hidden" id={instructionsId}>
        Type to search, then use the up and down arrows to move through the matches and Enter to choose one.
      </span>
      <div className="tandem-combobox">
        <input
          className={`nhsuk-input nhsuk-u-width-full${error ? ' nhsuk-input--error' : ''}`}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-describedby={describedBy}
          disabled={disabled}
          value={typed ?? valueLabel ?? ''}
          onChange={(event) => {
            setTyped(event.target.value);
            setOpen(true);
            setActive(-1);
            if (value) onChange('', undefined);
          }}
          onFocus={(event) => {
            // Typing replaces the chosen option's label rather than adding to it.
            event.target.select();
            if (typed === null && valueLabel) setTyped(valueLabel);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
            setTyped(null);
          }}
        />
        <ul className="tandem-combobox__listbox" id={listId} role="listbox" aria-label="Matches" hidden={!open}>
          {shown.map((option, i) => (
            // The keyboard works in the field (aria-activedescendant), as the combobox pattern has it.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={option.value}
              id={`${id}-option-${i}`}
              role="option"
              aria-selected={i === active}
              className={`tandem-combobox__option${i === active ? ' tandem-combobox__option--active' : ''}`}
              // Keep the focus in the field, so choosing does not first blur it and close the list.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.label}
              {option.detail && (
                <span className="tandem-combobox__detail">
                  <span className="nhsuk-u-visually-hidden">, </span>
                  {option.detail}
                </span>
              )}
            </li>
          ))}
        </ul>
        {open && !searching && options.length === 0 && <p className="tandem-combobox__none">No matches</p>}
        <div className="nhsuk-u-visually-hidden" aria-live="polite" id={statusId}>
          {open ? announcement(matches.data, searching) : ''}
        </div>
      </div>
    </FieldChrome>
  );
}
