import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/days.ts';
import type { Action } from '../../../shared/model/working-group.ts';
import { useQuery } from '../../state/queries.ts';
import { formatDay } from '../../ui/format.ts';
import { AddButton } from '../../ui/AddButton.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { ActionForm } from './ActionForm.tsx';
import { SourceLink } from './SourceLink.tsx';

const GROUPS = ['overdue', 'open', 'closed'] as const;
const groupOf = (a: Action): (typeof GROUPS)[number] => (a.overdue ? 'overdue' : a.status === 'open' || a.status === 'in_progress' ? 'open' : 'closed');

/** One action in a list: title, owner, due date, standing, what raised it; edited in place. */
export function ActionRow({ action: a }: { action: Action }) {
  const { t, i18n } = useTranslation(['group']);
  const [editing, setEditing] = useState(false);
  if (editing) return <li className="card">{<ActionForm action={a} onDone={() => setEditing(false)} />}</li>;
  return (
    <li className="action-row">
      <div>
        <strong dir="auto">{a.title}</strong>
        <p className="muted">
          <span dir="auto">{a.ownerName}</span> · {t('actions.dueOn', { date: formatDay(a.due, i18n.language) })}
          {a.doneOn && ` · ${t('actions.doneOn', { date: formatDay(a.doneOn, i18n.language) })}`}
        </p>
        <p className="muted">
          <SourceLink action={a} />
        </p>
      </div>
      <span className={`badge badge--${a.overdue ? 'overdue' : a.status === 'done' ? 'held' : 'low'}`}>{a.overdue ? t('actions.overdue') : t(`actions.state.${a.status}`)}</span>
      <button type="button" className="button button--small" onClick={() => setEditing(true)} aria-label={t('actions.editOne', { title: a.title })}>
        {t('actions.editShort')}
      </button>
    </li>
  );
}

/** Every follow-up action: overdue first, then open, then done or cancelled. */
export function ActionsView() {
  const { t } = useTranslation(['group']);
  const { data, error, reload } = useQuery('actions.list', { today: localToday() });
  const all = data ?? [];
  return (
    <section className="stack" aria-label={t('tabs.actions')}>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <AddButton label={t('actions.new')}>{(done) => <ActionForm action={null} onDone={done} />}</AddButton>
      {data && all.length === 0 && <p className="card empty">{t('actions.none')}</p>}
      {GROUPS.map((g) => {
        const list = all.filter((a) => groupOf(a) === g);
        return list.length === 0 ? null : (
          <section key={g} className="card stack" aria-labelledby={`actions-${g}`}>
            <h2 id={`actions-${g}`}>{t(`actions.groups.${g}`, { count: list.length })}</h2>
            <ul className="plain-list action-list">
              {list.map((a) => (
                <ActionRow key={a.id} action={a} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
