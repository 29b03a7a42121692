import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEntityViews, entityName } from '../entity-views.ts';
import { useQuery } from '../../state/queries.ts';
import { errorMessage } from '../../ui/errors.ts';
import { formatDateTime, formatNumber } from '../../ui/format.ts';

interface Props {
  name: string;
  onRestore(name: string): Promise<void>;
  onClose(): void;
}

/** What a backup holds, checked before it is offered for restoring: when, which desk, how many of what. */
export function BackupPreview({ name, onRestore, onClose }: Props) {
  const { t, i18n } = useTranslation(['settings', 'common', 'errors']);
  const views = useEntityViews();
  const { data, error } = useQuery('backups.preview', { name });
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  const restore = async () => {
    if (!data || !window.confirm(t('backups.confirm', { date: formatDateTime(data.createdAt, i18n.language) }))) return;
    setRestoring(true);
    setRestoreError(null);
    try {
      await onRestore(name);
    } catch (err) {
      setRestoreError(errorMessage(t, err));
    } finally {
      setRestoring(false);
    }
  };

  return (
    <div className="preview backup-preview" role="region" aria-labelledby="backup-preview-heading">
      <h3 id="backup-preview-heading">{t('backups.previewTitle')}</h3>
      {error ? (
        <p className="form-error" role="alert">
          {errorMessage(t, error)}
        </p>
      ) : null}
      {data && (
        <>
          <dl className="facts">
            <dt>{t('backups.when')}</dt>
            <dd>{formatDateTime(data.createdAt, i18n.language)}</dd>
            <dt>{t('backups.desk')}</dt>
            <dd dir="auto">{data.deskLabel ?? data.nodeId}</dd>
            <dt>{t('backups.lastChange')}</dt>
            <dd>{data.lastChange ? formatDateTime(data.lastChange, i18n.language) : '—'}</dd>
            <dt>{t('backups.ops')}</dt>
            <dd>{formatNumber(data.ops, i18n.language)}</dd>
          </dl>
          <ul className="plain-list backup-counts">
            {Object.entries(data.counts).map(([entity, n]) => (
              <li key={entity}>
                {formatNumber(n, i18n.language)} {entityName(t, views, entity, n !== 1)}
              </li>
            ))}
          </ul>
          <p className="muted">{t('backups.restoreHint')}</p>
        </>
      )}
      {restoreError && (
        <p className="form-error" role="alert">
          {restoreError}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={!data || restoring} aria-busy={restoring} onClick={() => void restore()}>
          {restoring ? t('backups.restoring') : t('backups.restore')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      </div>
    </div>
  );
}
