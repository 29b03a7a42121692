import { useTranslation } from 'react-i18next';
import type { RoleType } from '../../../shared/reference/roles.ts';
import { referenceText } from '../../i18n/reference-text.ts';

const STEPS = ['confirm', 'access', 'deadlines', 'colleagues', 'handover'] as const;

/** What a newcomer to the role should do, and where the role comes from (with confidence). */
export function RoleChecklist({ role }: { role: RoleType }) {
  const { t } = useTranslation(['focal', 'reference', 'basis']);
  return (
    <details className="checklist">
      <summary>{t('checklist.title')}</summary>
      <ol>
        {STEPS.map((s) => (
          <li key={s}>{t(`checklist.${s}`)}</li>
        ))}
      </ol>
      <p className="muted">{t('checklist.source', { basis: referenceText(t, 'role', role.key, role.basis), confidence: t(`reference:confidence.${role.confidence}`) })}</p>
      {role.note && <p className="muted">{referenceText(t, 'roleNote', role.key, role.note)}</p>}
    </details>
  );
}
