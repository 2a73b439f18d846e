import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';

/** A search box bound to `?q=` in the address (so results can be shared and go back works). */
export function SearchForm({ id, label }: { id: string; label: string }) {
  const [search, setSearch] = useSearchParams();
  const [text, setText] = useState(search.get('q') ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams(search);
    if (text.trim()) next.set('q', text.trim());
    else next.delete('q');
    next.delete('page');
    setSearch(next);
  };
  return (
    <search>
      <form className="tandem-search" onSubmit={submit}>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
            {label}
          </label>
          <div className="tandem-search__row">
            <input
              className="nhsuk-input"
              id={id}
              type="search"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <button type="submit" className="nhsuk-button nhsuk-button--secondary">
              Search
            </button>
          </div>
        </div>
      </form>
    </search>
  );
}
