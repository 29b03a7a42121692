import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyDesk } from '../../../shared/model/my-desk.ts';
import { useRoute } from '../../state/route.ts';
import { formatDay } from '../../ui/format.ts';
import { DueBadge, StateBadge } from '../reporting/badges.tsx';
import { reportTitle } from '../reporting/labels.ts';

// What is mine to do or to know, besides the roles: each list one click from where it is kept.

function Section({ id, title, empty, children }: { id: string; title: string; empty: string | null; children: ReactNode }) {
  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty ? <p className="muted">{empty}</p> : <ul className="plain-list desk-list">{children}</ul>}
    </section>
  );
}

export function DeskWork({ desk }: { desk: MyDesk }) {
  const { t, i18n } = useTranslation(['onboarding', 'reporting', 'group']);
  const go = useRoute((s) => s.go);
  const day = (d: string | null) => (d ? formatDay(d, i18n.language) : '');
  const link = (area: string, id: string | null, label: string) => (
    <a href={`#/${area}${id ? `/${id}` : ''}`} onClick={(e) => (e.preventDefault(), go(area, id))}>
      {label}
    </a>
  );
  return (
    <>
      <Section id="desk-reports" title={t('desk.reports')} empty={desk.reports.length === 0 ? t('desk.noReports') : null}>
        {desk.reports.map((r) => (
          <li key={r.id}>
            {link('reporting', r.id, reportTitle(t, r))} <StateBadge r={r} />
            <span className="muted"> · {r.due ? t('desk.due', { date: day(r.due) }) : t('desk.noDue')}</span> {r.due && <DueBadge r={r} />}
          </li>
        ))}
      </Section>
      <Section id="desk-parts" title={t('desk.parts')} empty={desk.parts.length === 0 ? t('desk.noParts') : null}>
        {desk.parts.map(({ part, report }) => (
          <li key={part.id}>
            <strong dir="auto">{part.title}</strong> · {link('reporting', report.id, reportTitle(t, report))}
            {part.due && <span className="muted"> · {t('desk.due', { date: day(part.due) })}</span>}
          </li>
        ))}
      </Section>
      <Section id="desk-actions" title={t('desk.actions')} empty={desk.actions.length === 0 ? t('desk.noActions') : null}>
        {desk.actions.map((a) => (
          <li key={a.id}>
            {link('working-group', 'actions', a.title)}
            <span className="muted"> · {t('desk.due', { date: day(a.due) })}</span> {a.overdue && <span className="badge badge--overdue">{t('desk.overdue')}</span>}
            {a.sourceLabel && <span className="muted" dir="auto"> · {a.sourceLabel}</span>}
          </li>
        ))}
      </Section>
      <Section id="desk-trainings" title={t('desk.trainings')} empty={desk.trainings.length === 0 ? t('desk.noTrainings') : null}>
        {desk.trainings.map((tr) => (
          <li key={tr.id}>
            {link('capacity', 'trainings', tr.title)}
            <span className="muted"> · {tr.endDate && tr.endDate !== tr.startDate ? `${day(tr.startDate)} – ${day(tr.endDate)}` : day(tr.startDate)}</span>
          </li>
        ))}
      </Section>
    </>
  );
}
