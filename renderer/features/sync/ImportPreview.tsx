import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entityName, useEntityViews } from '../entity-views.ts';
import { countryName } from '../../i18n/index.ts';
import { useRoute } from '../../state/route.ts';
import { useSync } from '../../state/sync.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { formatDateTime, formatNumber } from '../../ui/format.ts';

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

export function ImportPreview({ onError }: { onError: (message: string) => void }) {
  const { t, i18n } = useTranslation(['sync', 'common']);
  const views = useEntityViews();
  const { pending, applyPending, cancelPreview, addPeer } = useSync();
  const show = useToasts((s) => s.show);
  const go = useRoute((s) => s.go);
  const [busy, setBusy] = useState(false);
  if (!pending) return null;
  const p = pending.preview;
  const lng = i18n.language;
  const nothingNew = p.opsNew === 0;

  const apply = async () => {
    setBusy(true);
    try {
      const r = await applyPending();
      show({ tone: 'info', message: t('import.done', { count: r.opsNew }) });
      if (r.conflictsCreated > 0) {
        show({ tone: 'info', message: t('import.doneConflicts'), action: { label: t('common:nav.conflicts'), run: () => go('conflicts') } });
      }
    } catch (err) {
      onError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  const counts = (c: Record<string, number>) =>
    Object.entries(c)
      .map(([entity, n]) => `${entityName(t, views, entity, true)}: ${formatNumber(n, lng)}`)
      .join(', ') || formatNumber(0, lng);

  return (
    <div className="preview" role="region" aria-labelledby="preview-heading">
      <h3 id="preview-heading">{t('import.previewTitle')}</h3>
      <p className="muted">{pending.fileName}</p>
      <dl className="facts">
        <dt>{t('import.from')}</dt>
        <dd>
          {p.origin.label}
          {p.origin.country && ` (${countryName(p.origin.country, lng)})`}
        </dd>
        <dt>{t('import.created')}</dt>
        <dd>{formatDateTime(p.createdAt, lng)}</dd>
        <dt>{t('import.kind')}</dt>
        <dd>{p.isDelta ? t('import.kindDelta') : t('import.kindFull')}</dd>
      </dl>
      <p className={`signature signature--${p.signature}`} data-testid="signature">
        {t(`import.signature.${p.signature}`, { label: p.peerLabel, fingerprint: p.fingerprint })}
      </p>
      {p.signature === 'unknown' && p.fingerprint && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            const key = p.signerKey;
            if (key) addPeer(p.origin.label, key).catch((err: unknown) => onError(errorMessage(t, err)));
          }}
        >
          {t('import.trust', { label: p.origin.label })}
        </button>
      )}
      {p.alreadyImported && <p className="muted">{t('import.alreadyImported')}</p>}
      <table className="counts">
        <tbody>
          <tr>
            <th scope="row">{t('import.newRecords')}</th>
            <td data-testid="rows-new">{counts(p.rowsNew)}</td>
          </tr>
          <tr>
            <th scope="row">{t('import.changedRecords')}</th>
            <td data-testid="rows-changed">{counts(p.rowsChanged)}</td>
          </tr>
          <tr>
            <th scope="row">{t('import.conflicts')}</th>
            <td data-testid="conflicts-created" className={p.conflictsCreated ? 'warn' : undefined}>
              {formatNumber(p.conflictsCreated, lng)}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('import.unchanged')}</th>
            <td>{formatNumber(p.opsDuplicate, lng)}</td>
          </tr>
          {p.opsPending > 0 && (
            <tr>
              <th scope="row">{t('import.pending')}</th>
              <td>{formatNumber(p.opsPending, lng)}</td>
            </tr>
          )}
          <tr>
            <th scope="row">{t('import.setAside')}</th>
            <td data-testid="set-aside">
              {formatNumber(p.setAside.length, lng)}
              {p.setAside.length > 0 && ` — ${t(`import.setAsideReason.${p.setAside[0].reason}`)}`}
            </td>
          </tr>
        </tbody>
      </table>
      {nothingNew && <p>{t('import.nothingNew')}</p>}
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={busy || sum(p.rowsNew) + sum(p.rowsChanged) + p.opsPending + p.opsNew === 0} onClick={() => void apply()}>
          {t('import.apply')}
        </button>
        <button type="button" className="button" onClick={cancelPreview}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </div>
  );
}
