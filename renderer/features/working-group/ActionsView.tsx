import { startTransition, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/days.ts';
import type { Action } from '../../../shared/model/working-group.ts';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useSettings } from '../../state/settings.ts';
import { formatDay, isolateIn } from '../../ui/format.ts';
import { AddButton } from '../../ui/AddButton.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { useRemoveWithUndo } from '../../ui/useDeleteWithUndo.ts';
import { ActionForm } from './ActionForm.tsx';
import { SourceLink } from './SourceLink.tsx';

const GROUPS = ['overdue', 'open', 'closed'] as const;
const groupOf = (a: Action): (typeof GROUPS)[number] => (a.overdue ? 'overdue' : a.status === 'open' || a.status === 'in_progress' ? 'open' : 'closed');

/** One action in a list: title, owner, due date, standing, what raised it; edited in place, removed with undo. */
export function ActionRow({ action: a }: { action: Action }) {
  const { t, i18n } = useTranslation(['group']);
  const [editing, setEditing] = useState(false);
  const removeWithUndo = useRemoveWithUndo();
  const remove = () =>
    removeWithUndo(
      () => call('actions.delete', { id: a.id }),
      () => call('actions.restore', { id: a.id }),
      t('actions.removed', { title: a.title }),
    );
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
      <button type="button" className="button button--small" onClick={() => void remove()} aria-label={t('actions.removeOne', { title: a.title })}>
        {t('actions.remove')}
      </button>
    </li>
  );
}

/** The owners of the listed actions, the person using the desk first, then by name. */
function ownersOf(actions: readonly Action[], meId: string | null): { id: string; name: string }[] {
  const byId = new Map(actions.map((a) => [a.ownerPersonId, a.ownerName ?? '']));
  return [...byId].map(([id, name]) => ({ id, name })).sort((x, y) => Number(y.id === meId) - Number(x.id === meId) || x.name.localeCompare(y.name));
}

/** Every follow-up action: overdue first, then open, then done or cancelled; of everyone or of one owner. */
export function ActionsView() {
  const { t, i18n } = useTranslation(['group']);
  const { data, error, reload } = useQuery('actions.list', { today: localToday() });
  const meId = useSettings((s) => s.settings?.mePersonId ?? null);
  const [chosen, setOwner] = useState<string | null>(null);
  const owners = ownersOf(data ?? [], meId);
  // an owner whose last action went (removed, or reassigned) is no longer a choice: everyone again
  const owner = chosen && owners.some((o) => o.id === chosen) ? chosen : null;
  const all = (data ?? []).filter((a) => !owner || a.ownerPersonId === owner);
  return (
    <section className="stack" aria-label={t('tabs.actions')}>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <AddButton label={t('actions.new')}>{(done) => <ActionForm action={null} onDone={done} />}</AddButton>
      {owners.length > 1 ? (
        <div className="toolbar">
          <div className="filters">
            <label htmlFor="actions-owner">{t('actions.ownerFilter')}</label>
            <select id="actions-owner" value={owner ?? ''} onChange={(e) => startTransition(() => setOwner(e.target.value || null))}>
              <option value="">{t('actions.everyone')}</option>
              {owners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.id === meId ? t('actions.me', { name: isolateIn(i18n.language, o.name) }) : o.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
      {data && all.length === 0 && <p className="card empty">{owner ? t('actions.noneOfOwner') : t('actions.none')}</p>}
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
