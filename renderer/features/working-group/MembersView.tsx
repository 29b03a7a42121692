import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WgMember } from '../../../shared/model/working-group.ts';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { formatDay } from '../../ui/format.ts';
import { AddButton } from '../../ui/AddButton.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { roleTitle } from '../focal-points/roles.ts';
import { MemberForm } from './MemberForm.tsx';

function MemberRow({ member: m, roleOf }: { member: WgMember; roleOf: Map<string, string | null> }) {
  const { t, i18n } = useTranslation(['group', 'focal']);
  const show = useToasts((s) => s.show);
  const [editing, setEditing] = useState(false);
  if (editing) return <li className="card">{<MemberForm member={m} onDone={() => setEditing(false)} />}</li>;
  const remove = () =>
    void call('wg.members.remove', { id: m.id })
      .then(() => show({ tone: 'info', message: t('members.removed', { name: m.personName }) }))
      .catch((e: unknown) => show({ tone: 'error', message: errorMessage(t, e) }));
  return (
    <li className="action-row">
      <div>
        <strong dir="auto">{m.personName}</strong> <span className="badge badge--low">{t(`members.role.${m.role}`)}</span>
        {m.institutionName && <span className="muted" dir="auto"> · {m.institutionName}</span>}
        <p className="muted">
          {m.designationIds.length ? m.designationIds.map((id) => roleTitle(t, roleOf.get(id) ?? null)).join(' · ') : t('members.noDesignationShown')}
          {m.since && ` · ${t('members.sinceLine', { date: formatDay(m.since, i18n.language) })}`}
          {m.until && ` · ${t('members.untilLine', { date: formatDay(m.until, i18n.language) })}`}
        </p>
      </div>
      <span className="form-actions">
        <button type="button" className="button button--small" onClick={() => setEditing(true)} aria-label={t('members.editOne', { name: m.personName })}>
          {t('actions.editShort')}
        </button>
        <button type="button" className="button button--small" onClick={remove} aria-label={t('members.removeOne', { name: m.personName })}>
          {t('members.remove')}
        </button>
      </span>
    </li>
  );
}

/** Who sits in the working group, and for which conventions. */
export function MembersView() {
  const { t } = useTranslation(['group']);
  const { data, error, reload } = useQuery('wg.members.list', {});
  const designations = useQuery('designations.list', { includeEnded: true }).data ?? [];
  const roleOf = new Map(designations.map((d) => [d.id, d.roleId]));
  return (
    <section className="stack" aria-label={t('tabs.members')}>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <AddButton label={t('members.new')}>{(done) => <MemberForm member={null} onDone={done} />}</AddButton>
      {data?.length === 0 && <p className="card empty">{t('members.none')}</p>}
      {data && data.length > 0 && (
        <ul className="plain-list card action-list">
          {data.map((m) => (
            <MemberRow key={m.id} member={m} roleOf={roleOf} />
          ))}
        </ul>
      )}
    </section>
  );
}
