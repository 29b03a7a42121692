import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../../ui/PersonPicker.tsx';

export interface NamedPerson {
  id: string;
  name: string | null;
}

/** Several people, as chips that can be taken off, and a picker to add one more. */
export function PeopleField({ legend, people, onChange, error }: { legend: string; people: readonly NamedPerson[]; onChange: (people: NamedPerson[]) => void; error?: string }) {
  const { t } = useTranslation(['capacity', 'errors']);
  return (
    <fieldset className="stack">
      <legend>{legend}</legend>
      {people.length > 0 && (
        <ul className="chips" aria-label={legend}>
          {people.map((p) => (
            <li key={p.id} className="chip">
              <span dir="auto">{p.name}</span>{' '}
              <button type="button" className="link-button" aria-label={t('removePerson', { name: p.name })} onClick={() => onChange(people.filter((x) => x.id !== p.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <PersonPicker label={t('addPerson')} value={null} error={error} onChange={(p) => p && !people.some((x) => x.id === p.id) && onChange([...people, p])} />
    </fieldset>
  );
}
