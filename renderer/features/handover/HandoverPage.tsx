import './handover.css';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/days.ts';
import { useQuery } from '../../state/queries.ts';
import { useRoute } from '../../state/route.ts';
import { formatDay } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { PrintButton } from '../../ui/PrintButton.tsx';
import { OnboardingChecklist, seatName } from '../onboarding/index.ts';
import { BundlesSection } from './BundlesSection.tsx';
import { ContactsSection } from './ContactsSection.tsx';
import { DeadlinesSection } from './DeadlinesSection.tsx';
import { HolderSection } from './HolderSection.tsx';
import { InFlightSection } from './InFlightSection.tsx';
import { PackSection } from './PackSection.tsx';

/** #/handover/<designation>: everything the role holds, for whoever takes it up. Printable. */
export function HandoverPage() {
  const { t, i18n } = useTranslation(['onboarding', 'reference']);
  const id = useRoute((s) => s.id);
  const go = useRoute((s) => s.go);
  const today = localToday();
  const { data, error, reload } = useQuery('handover.get', id ? { designationId: id, today } : null);
  const back = (
    <p className="no-print">
      <a href="#/my-desk" onClick={(e) => (e.preventDefault(), go('my-desk'))}>
        {t('handover.back')}
      </a>
    </p>
  );
  if (!id)
    return (
      <div className="page">
        <h1>{t('handover.titleNone')}</h1>
        <p className="muted">{t('handover.noDesignation')}</p>
        {back}
      </div>
    );
  const seat = data ? seatName(t, data.designation) : '';
  return (
    <div className="page page--wide handover">
      <header className="page-top">
        <div>
          {back}
          <h1>{data ? t('handover.title', { role: seat }) : t('handover.titleNone')}</h1>
          {data && (
            <p className="muted">
              {t('handover.heldBy', { name: data.designation.personName ?? '' })} · {t('handover.prepared', { date: formatDay(today, i18n.language) })}
            </p>
          )}
        </div>
        {data && <PrintButton fileName={`handover-${seat.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.pdf`} />}
      </header>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data && (
        <>
          <HolderSection pack={data} />
          <DeadlinesSection pack={data} />
          <InFlightSection pack={data} />
          <ContactsSection pack={data} />
          <BundlesSection bundles={data.bundles} />
          <PackSection id="handover-checklist" title={t('handover.checklist')}>
            <OnboardingChecklist designationId={data.designation.id} label={t('checklist.of', { name: data.designation.personName ?? '', role: seat })} />
          </PackSection>
        </>
      )}
    </div>
  );
}
