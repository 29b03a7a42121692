import { useInstitutions } from '../../state/institutions.ts';
import { RecordsPage } from '../../ui/RecordsPage.tsx';
import { InstitutionForm } from './InstitutionForm.tsx';

export function InstitutionsPage() {
  return (
    <RecordsPage
      area="institutions"
      ns="institutions"
      useStore={useInstitutions}
      renderRow={(i) => (
        <>
          <span className="row__title" dir="auto">
            {i.name}
            {i.acronym && <span className="muted"> ({i.acronym})</span>}
          </span>
          <span className="row__sub" dir="auto">{i.email ?? i.website}</span>
        </>
      )}
      renderDetail={(i) => <InstitutionForm key={i?.id ?? 'new'} institution={i} />}
    />
  );
}
