import { useTranslation } from 'react-i18next';
import type { MyDesk } from '../../../shared/model/my-desk.ts';
import { useRoute } from '../../state/route.ts';
import { formatDay } from '../../ui/format.ts';
import { OnboardingChecklist, seatName } from '../onboarding/index.ts';

/** My designations: each role with how far its onboarding has come, its checklist and its handover pack. */
export function DeskRoles({ designations }: { designations: MyDesk['designations'] }) {
  const { t, i18n } = useTranslation(['onboarding', 'reference']);
  const go = useRoute((s) => s.go);
  return (
    <section className="card stack" aria-labelledby="desk-roles">
      <h2 id="desk-roles">{t('desk.roles')}</h2>
      {designations.length === 0 && <p className="muted">{t('desk.noRoles')}</p>}
      {designations.map(({ designation: d, progress }) => {
        const seat = seatName(t, d);
        const headingId = `desk-role-${d.id}`;
        return (
          <article key={d.id} className="desk-role stack" aria-labelledby={headingId}>
            <header className="desk-role__header">
              <h3 id={headingId}>{seat}</h3>
              <span className="muted">
                {d.startDate ? t(d.active ? 'desk.since' : 'desk.starts', { date: formatDay(d.startDate, i18n.language) }) : t('desk.startUnknown')}
                {' · '}
                {t('checklist.progress', { count: progress.done, total: progress.total })}
              </span>
              <a className="button button--small" href={`#/handover/${d.id}`} aria-label={`${t('checklist.handoverPack')} — ${seat}`} onClick={(e) => (e.preventDefault(), go('handover', d.id))}>
                {t('checklist.handoverPack')}
              </a>
            </header>
            <OnboardingChecklist designationId={d.id} label={t('checklist.of', { name: d.personName ?? '', role: seat })} showProgress={false} />
          </article>
        );
      })}
    </section>
  );
}
