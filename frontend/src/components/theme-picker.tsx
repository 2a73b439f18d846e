import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface ThemeOption {
  id: string;
  name: string;
  /** What it is, as shown: "Theme", "Ambition", "Focus area". */
  kind: string;
  /** Where it sits in the tree, e.g. "Healthy places › We all have a good quality home". */
  path: string;
}

interface ThemePickerProps {
  /** The search input's id (an error summary links to it). */
  id: string;
  label: string;
  hint?: string;
  options: readonly ThemeOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
  /** The most matches listed at once. */
  limit?: number;
}

/** The options whose name, path or kind hold every word typed (case does not matter). */
export function filterThemeOptions(options: readonly ThemeOption[], query: string): ThemeOption[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((o) => {
    const text = `${o.name} ${o.path} ${o.kind}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/**
 * Choose themes by typing: an ARIA 1.2 combobox with a multi-select listbox. Type to filter,
 * arrow keys to move, Enter to choose (or unchoose) the highlighted match, Escape to close,
 * Backspace in the empty box to remove the last choice. Chosen themes show as buttons that
 * remove them. Enter never submits the surrounding form; Ctrl+Enter is left to it.
 */
export function ThemePicker({ id, label, hint, options, selected, onChange, error, limit = 100 }: ThemePickerProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const matches = filterThemeOptions(options, query).slice(0, limit);
  const byId = new Map(options.map((o) => [o.id, o]));
  const chosen = selected.flatMap((s) => {
    const option = byId.get(s);
    return option ? [option] : [];
  });
  const activeOption = open ? matches[Math.min(active, matches.length - 1)] : undefined;
  const optionId = (o: ThemeOption) => `${id}-option-${o.id}`;

  useEffect(() => {
    if (activeOption)
      document.getElementById(`${id}-option-${activeOption.id}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeOption, id]);

  const toggle = (option: ThemeOption) => {
    const isChosen = selected.includes(option.id);
    const next = isChosen ? selected.filter((s) => s !== option.id) : [...selected, option.id];
    onChange(next);
    setStatus(`${option.name} ${isChosen ? 'removed' : 'chosen'}. ${next.length} chosen.`);
    setQuery('');
    setOpen(false);
    setActive(0);
    inputRef.current?.focus();
  };

  const remove = (option: ThemeOption) => {
    onChange(selected.filter((s) => s !== option.id));
    setStatus(`${option.name} removed.`);
    inputRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(0);
        } else setActive((a) => Math.min(a + 1, matches.length - 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
        break;
      case 'Home':
      case 'End':
        if (open && matches.length > 0) {
          e.preventDefault();
          setActive(e.key === 'Home' ? 0 : matches.length - 1);
        }
        break;
      case 'Enter':
        if (e.ctrlKey || e.metaKey) break;
        e.preventDefault();
        if (activeOption) toggle(activeOption);
        break;
      case 'Escape':
        if (open || query) {
          e.preventDefault();
          e.stopPropagation();
          if (open) setOpen(false);
          else setQuery('');
        }
        break;
      case 'Backspace': {
        const last = chosen[chosen.length - 1];
        if (query === '' && last) remove(last);
        break;
      }
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  const showList = open && matches.length > 0;
  return (
    <div className={`nhsuk-form-group tandem-theme-picker${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
        {label}
      </label>
      <div className="nhsuk-hint" id={hintId}>
        {hint ?? 'Type to search. Use the arrow keys and Enter to choose.'}
      </div>
      {error && (
        <span className="nhsuk-error-message" id={errorId}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      {chosen.length > 0 && (
        <ul className="tandem-chips" aria-label={`${label}: chosen`}>
          {chosen.map((o) => (
            <li key={o.id}>
              <button type="button" className="tandem-chip" onClick={() => remove(o)} aria-label={`Remove ${o.name}`}>
                {o.name} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={inputRef}
        id={id}
        className={`nhsuk-input${error ? ' nhsuk-input--error' : ''}`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && activeOption ? optionId(activeOption) : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(e.target.value.trim() !== '');
          setActive(0);
          const found = filterThemeOptions(options, e.target.value).length;
          setStatus(e.target.value.trim() ? `${found} ${found === 1 ? 'match' : 'matches'}` : '');
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        className="tandem-theme-picker__list"
        id={listId}
        role="listbox"
        aria-label={`${label}: matches`}
        aria-multiselectable="true"
        hidden={!showList}
      >
        {showList &&
          matches.map((o) => {
            const isChosen = selected.includes(o.id);
            return (
              // The input keeps focus and handles the keys (aria-activedescendant); a click also picks.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={o.id}
                id={optionId(o)}
                role="option"
                aria-selected={isChosen}
                className={`tandem-theme-picker__option${o === activeOption ? ' tandem-theme-picker__option--active' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => toggle(o)}
              >
                <span className="tandem-theme-picker__name">
                  {isChosen && <span aria-hidden="true">✓ </span>}
                  {o.name}
                </span>
                <span className="tandem-theme-picker__path">
                  {o.kind}
                  {o.path ? ` in ${o.path}` : ''}
                </span>
              </li>
            );
          })}
      </ul>
      {open && matches.length === 0 && <p className="nhsuk-body-s">No themes match “{query}”.</p>}
      <div className="nhsuk-u-visually-hidden" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
