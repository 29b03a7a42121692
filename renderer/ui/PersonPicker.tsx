import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../state/queries.ts';

interface PersonPickerProps {
  label: string;
  value: { id: string; name: string | null } | null;
  onChange: (person: { id: string; name: string | null } | null) => void;
  error?: string;
  exclude?: string | null;
}

/** Type to find a person among thousands; the matches are buttons, reachable by keyboard. */
export function PersonPicker({ label, value, onChange, error, exclude }: PersonPickerProps) {
  const { t } = useTranslation(['focal', 'errors']);
  const id = useId();
  const [query, setQuery] = useState('');
  const found = useQuery('people.list', query.trim() ? { query, limit: 8 } : null, { keepPrevious: true });
  const matches = (found.data?.items ?? []).filter((p) => p.id !== exclude);

  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
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
        <ul className="picker" aria-label={label}>
          {matches.length === 0 && <li className="muted">{t('form.noPerson')}</li>}
          {matches.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className={`picker__option${value?.id === p.id ? ' picker__option--chosen' : ''}`}
                aria-pressed={value?.id === p.id}
                onClick={() => {
                  onChange({ id: p.id, name: p.name });
                  setQuery('');
                }}
              >
                {p.name}
                {p.institutionName && <span className="muted"> · {p.institutionName}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {t(`errors:field.${error}`)}
        </p>
      )}
    </div>
  );
}
