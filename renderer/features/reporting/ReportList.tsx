import { useTranslation } from 'react-i18next';
import type { ReportItem } from '../../../shared/model/reports.ts';
import { formatDay } from '../../ui/format.ts';
import { referenceText } from '../../i18n/reference-text.ts';
import { GROUPS, groupOf, scopeOf, type Group } from './groups.ts';
import { reportTitle } from './labels.ts';
import { DueBadge, StateBadge } from './badges.tsx';

/** English source text inside a sentence of another direction keeps its own (Unicode first-strong isolate). */
const isolate = (text: string) => `\u2068${text}\u2069`;

function ReportRow({ r, selected, onOpen }: { r: ReportItem; selected: boolean; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation(['reporting', 'basis']);
  return (
    <li className={`deadline${selected ? ' deadline--selected' : ''}`}>
      <span className="deadline__due">{r.due ? formatDay(r.due, i18n.language) : '—'}</span>
      <div className="deadline__body">
        <span className="deadline__what">
          <button type="button" className="link-button" aria-expanded={selected} onClick={() => onOpen(r.id)} data-report={r.id}>
            {reportTitle(t, r)}
          </button>{' '}
          <span className="muted">({scopeOf(r)})</span>
        </span>
        <span className="deadline__owner">
          {r.owner?.personName ? t('owner.named', { name: isolate(r.owner.personName) }) : <span className="muted">{t('owner.none')}</span>}
          {r.owner?.vacant && <span className="badge badge--vacant">{t('owner.vacant')}</span>}
          {r.parts.length > 0 && <span className="muted"> · {t('parts.count', { count: r.parts.length, done: r.parts.filter((p) => p.status === 'done').length })}</span>}
        </span>
        <span className="muted deadline__basis">{t('basis', { basis: isolate(referenceText(t, 'obligation', r.obligationId, r.basis)) })}</span>
      </div>
      <div className="deadline__badges">
        <StateBadge r={r} />
        <DueBadge r={r} />
      </div>
    </li>
  );
}

/** The reports by urgency: overdue first, then what comes soonest; submitted and no longer owed last. */
export function ReportList({ items, today, openId, onOpen }: { items: readonly ReportItem[]; today: string; openId: string | null; onOpen: (id: string) => void }) {
  const { t } = useTranslation(['reporting']);
  if (items.length === 0) return <p className="empty card">{t('empty')}</p>;
  const groups = GROUPS.map((g) => ({ g, list: items.filter((r) => groupOf(r, today) === g) })).filter((x) => x.list.length > 0);
  // what is done or past lists the latest first
  const latestFirst = (g: Group) => g === 'submitted' || g === 'gone';
  return (
    <div className="stack">
      {groups.map(({ g, list }) => (
        <section key={g} className={`card deadlines deadlines--${g}`} aria-labelledby={`deadlines-${g}`}>
          <h2 id={`deadlines-${g}`}>
            {t(`groups.${g}`)} <span className="muted">({list.length})</span>
          </h2>
          {g === 'gone' && <p className="muted">{t('groupHints.gone')}</p>}
          <ul className="deadline-list">
            {(latestFirst(g) ? [...list].reverse() : list).map((r) => (
              <ReportRow key={r.id} r={r} selected={r.id === openId} onOpen={onOpen} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
