import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useQuery } from '../state/queries.ts';
import { errorMessage } from './errors.ts';

interface PersonPickerProps {
  label: string;
  value: { id: string; name: string | null } | null;
  onChange: (person: { id: string; name: string | null } | null) => void;
  error?: string;
  exclude?: string | null;
  /** offer to add the typed name as a new person (a successor not yet in the desk) */
  allowNew?: boolean;
}

/** Type to find a person among thousands; the matches are buttons, reachable by keyboard. */
export function PersonPicker({ label, value, onChange, error, exclude, allowNew }: PersonPickerProps) {
  const { t } = useTranslation(['focal', 'errors']);
  const id = useId();
  const [query, setQuery] = useState('');
  const found = useQuery('people.list', query.trim() ? { query, limit: 8 } : null, { keepPrevious: true });
  const matches = (found.data?.items ?? []).filter((p) => p.id !== exclude);
  const inputRef = useRef<HTMLInputElement>(null);
  const [createError, setCreateError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const options = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  // arrow keys go from the field into the matches and between them; Escape goes back
  const onListKey = (e: KeyboardEvent) => {
    const all = options();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' && at < all.length - 1) all[at + 1].focus();
    else if (e.key === 'ArrowUp' && at > 0) all[at - 1].focus();
    else if (e.key === 'ArrowUp' || e.key === 'Escape') inputRef.current?.focus();
    else return;
    e.preventDefault();
  };

  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        dir="auto"
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown') return;
          e.preventDefault();
          options()[0]?.focus();
        }}
        type="search"
        value={query}
        placeholder={t('form.personSearch')}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
      />
      {value && <p className="field__hint">{t('form.chosen', { name: value.name })}</p>}
      {query.trim() && (
        <ul className="picker" aria-label={label} ref={listRef} onKeyDown={onListKey}>
          {matches.length === 0 && !allowNew && <li className="muted">{t('form.noPerson')}</li>}
          {matches.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className={`picker__option${value?.id === p.id ? ' picker__option--chosen' : ''}`}
                aria-pressed={value?.id === p.id}
                onClick={() => {
                  onChange({ id: p.id, name: p.name });
                  setQuery('');
                  // the list goes away: the focus stays in the picker, not on the page
                  inputRef.current?.focus();
                }}
              >
                {p.name}
                {p.institutionName && <span className="muted"> · {p.institutionName}</span>}
              </button>
            </li>
          ))}
          {allowNew && !matches.some((p) => p.name?.trim().toLowerCase() === query.trim().toLowerCase()) && (
            <li>
              <button
                type="button"
                className="picker__option picker__option--new"
                onClick={() => {
                  void call('people.create', { name: query.trim() })
                    .then((p) => {
                      onChange({ id: p.id, name: p.name });
                      setQuery('');
                      inputRef.current?.focus();
                    })
                    .catch((err: unknown) => setCreateError(errorMessage(t, err)));
                }}
              >
                {t('form.addNew', { name: query.trim() })}
              </button>
            </li>
          )}
        </ul>
      )}
      {createError && (
        <p className="field__error" role="alert">
          {createError}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {t(`errors:field.${error}`)}
        </p>
      )}
    </div>
  );
}
