import { usePeople } from '../../state/people.ts';
import { RecordsPage } from '../../ui/RecordsPage.tsx';
import { PersonForm } from './PersonForm.tsx';

export function PeoplePage() {
  return (
    <RecordsPage
      area="people"
      ns="people"
      useStore={usePeople}
      renderRow={(p) => (
        <>
          <span className="row__title" dir="auto">
            {p.name}
          </span>
          <span className="row__sub" dir="auto">{[p.title, p.institutionName].filter(Boolean).join(' · ') || p.email}</span>
        </>
      )}
      renderDetail={(p) => <PersonForm key={p?.id ?? 'new'} person={p} />}
    />
  );
}
