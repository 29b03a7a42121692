import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Designation } from '../../../shared/model/designations.ts';
import { checklistFor } from '../../../shared/reference/onboarding.ts';
import type { RoleType } from '../../../shared/reference/roles.ts';
import { referenceText } from '../../i18n/reference-text.ts';
import { useQuery } from '../../state/queries.ts';
import { useRoute } from '../../state/route.ts';
import { itemText, roleName } from './labels.ts';
import { OnboardingChecklist } from './OnboardingChecklist.tsx';

/** On a role's card: what the role involves, each holder's onboarding ("3 of 11 done", tickable) and their handover pack. */
export function RoleOnboarding({ role, holders }: { role: RoleType; holders: readonly Designation[] }) {
  const { t } = useTranslation(['onboarding', 'reference', 'basis']);
  const go = useRoute((s) => s.go);
  const [open, setOpen] = useState(false);
  const progress = new Map((useQuery('onboarding.progress', {}).data ?? []).map((p) => [p.designationId, p]));
  const title = roleName(t, role.id);
  return (
    <details className="checklist" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>
        {t('checklist.roleInvolves')}
        {holders.map((d) => {
          const p = progress.get(d.id);
          return p ? <span key={d.id} className="muted"> · {holders.length > 1 ? `${d.personName ?? ''}: ` : ''}{t('checklist.progress', { count: p.done, total: p.total })}</span> : null;
        })}
      </summary>
      {open && holders.length === 0 && (
        <>
          <ol>
            {checklistFor(role.id).map((i) => (
              <li key={i.key}>{itemText(t, i.key)}</li>
            ))}
          </ol>
          <p className="muted">{t('checklist.noHolder')}</p>
        </>
      )}
      {open &&
        holders.map((d) => (
          <section key={d.id} className="stack" aria-label={t('checklist.of', { name: d.personName ?? '', role: title })}>
            {holders.length > 1 && <h4>{d.personName}</h4>}
            <OnboardingChecklist designationId={d.id} label={t('checklist.of', { name: d.personName ?? '', role: title })} />
            <a href={`#/handover/${d.id}`} onClick={(e) => (e.preventDefault(), go('handover', d.id))}>
              {t('checklist.handoverPackOf', { name: d.personName ?? '' })}
            </a>
          </section>
        ))}
      <p className="muted">{t('checklist.roleSource', { basis: referenceText(t, 'role', role.key, role.basis), confidence: t(`reference:confidence.${role.confidence}`) })}</p>
      {role.note && <p className="muted">{referenceText(t, 'roleNote', role.key, role.note)}</p>}
    </details>
  );
}
