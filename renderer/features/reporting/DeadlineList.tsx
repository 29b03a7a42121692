import { useTranslation } from 'react-i18next';
import type { DeadlineRow } from '../../../shared/model/reporting.ts';
import { formatDay } from '../../ui/format.ts';
import { addDays } from '../../../shared/days.ts';
import { scopeAbbreviation } from '../../../shared/reference/conventions.ts';
import { obligationTitle, periodLabel } from './labels.ts';

const GROUPS = ['past', 'soon', 'quarter', 'later', 'undated'] as const;
type Group = (typeof GROUPS)[number];

/** English source text inside a sentence of another direction keeps its own (Unicode first-strong isolate). */
const isolate = (text: string) => `\u2068${text}\u2069`;


function groupOf(d: DeadlineRow, today: string): Group {
  if (!d.due) return 'undated';
  if (d.due < today) return 'past';
  if (d.due <= addDays(today, 30)) return 'soon';
  if (d.due <= addDays(today, 90)) return 'quarter';
  return 'later';
}

/** The deadlines by urgency; an estimated date says so, and why. */
export function DeadlineList({ items, today }: { items: readonly DeadlineRow[]; today: string }) {
  const { t, i18n } = useTranslation(['reporting']);
  if (items.length === 0) return <p className="empty card">{t('empty')}</p>;
  const groups = GROUPS.map((g) => ({ g, list: items.filter((d) => groupOf(d, today) === g) })).filter((x) => x.list.length > 0);
  // the nearest deadlines first: what is coming, then what has passed
  const order: Group[] = ['soon', 'quarter', 'later', 'undated', 'past'];
  groups.sort((a, b) => order.indexOf(a.g) - order.indexOf(b.g));
  return (
    <div className="stack">
      {groups.map(({ g, list }) => (
        <section key={g} className={`card deadlines deadlines--${g}`} aria-labelledby={`deadlines-${g}`}>
          <h2 id={`deadlines-${g}`}>
            {t(`groups.${g}`)} <span className="muted">({list.length})</span>
          </h2>
          <ul className="deadline-list">
            {(g === 'past' ? [...list].reverse() : list).map((d) => (
              <li key={`${d.obligationId}|${d.period}`} className="deadline">
                <span className="deadline__due">{d.due ? formatDay(d.due, i18n.language) : '—'}</span>
                <span className="deadline__what">
                  <strong>{obligationTitle(t, d.obligationId)}</strong> <span className="muted">({scopeAbbreviation(d.convention, d.instrumentId)})</span>
                  <span className="deadline__period"> · {periodLabel(t, d.period, d.meetingId)}</span>
                </span>
                <span className={`badge badge--${d.status === 'official' ? 'held' : 'low'}`} title={t(`statusHint.${d.status}`)}>
                  {t(`status.${d.status}`)}
                </span>
                {d.confidence === 'low' && d.meetingId && <span className="badge badge--low">{t('lowConfidence')}</span>}
                <span className="muted deadline__basis">{t('basis', { basis: isolate(d.basis) })}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
