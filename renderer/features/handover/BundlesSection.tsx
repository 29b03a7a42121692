import { useTranslation } from 'react-i18next';
import type { HandoverPack } from '../../../shared/model/handover.ts';
import { scopeAbbreviation } from '../../../shared/reference/conventions.ts';
import { formatDateTime } from '../../ui/format.ts';
import { PackSection } from './PackSection.tsx';

const SYNC_FOLDER = '@sync-folder';

/** The bundles lately received and sent (the Exchange page's history): with whom the desk keeps in step. */
export function BundlesSection({ bundles }: { bundles: HandoverPack['bundles'] }) {
  const { t, i18n } = useTranslation(['onboarding']);
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <PackSection id="handover-bundles" title={t('handover.bundles')}>
      <h3>{t('handover.imports')}</h3>
      {bundles.imports.length === 0 ? (
        <p className="muted">{t('handover.noImports')}</p>
      ) : (
        <ul className="plain-list handover-list">
          {bundles.imports.map((i) => (
            <li key={i.id}>
              <bdi>{i.originLabel}</bdi>
              {i.fileName && (
                <span className="muted">
                  {' '}
                  (<bdi>{i.fileName}</bdi>)
                </span>
              )}{' '}
              · {when(i.importedAt)} · {t('handover.newChanges', { count: i.opsNew })}
              {i.undoneAt && <span className="badge"> {t('handover.undone')}</span>}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('handover.exports')}</h3>
      {bundles.exports.length === 0 ? (
        <p className="muted">{t('handover.noExports')}</p>
      ) : (
        <ul className="plain-list handover-list">
          {bundles.exports.map((e) => (
            <li key={`${e.peer}-${e.exportedAt}`}>
              <bdi>{e.peer === SYNC_FOLDER ? t('handover.syncFolder') : e.peer}</bdi> · {e.conventions.length > 0 ? e.conventions.map((c) => scopeAbbreviation(c)).join(', ') : e.entities.length > 0 ? t('handover.someRecords') : t('handover.everything')} · {when(e.exportedAt)}
            </li>
          ))}
        </ul>
      )}
    </PackSection>
  );
}
