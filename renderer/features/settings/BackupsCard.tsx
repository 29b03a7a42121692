import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../shared/contract.ts';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useSettings } from '../../state/settings.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { TaskProgress } from '../../ui/ProgressBar.tsx';
import { BackupPreview } from './BackupPreview.tsx';

type Backup = ChannelOutput<'backups.list'>[number];

/** Why a backup was made, in words: daily, by the user, or before which risky operation. */
export function backupReasonLabel(t: (key: string, o?: Record<string, unknown>) => string, b: Pick<Backup, 'reason'>): string {
  const migration = /^before-migration-(\d+)-to-(\d+)$/.exec(b.reason);
  if (migration) return t('backups.reason.before-migration', { from: migration[1], to: migration[2] });
  const known = ['daily', 'manual', 'before-import', 'before-folder-import', 'before-undo-import', 'before-undo-directory-import', 'directory-import', 'before-restore'];
  return known.includes(b.reason) ? t(`backups.reason.${b.reason}`) : b.reason;
}

/** Settings → Backups: made every day by themselves and before risky work; made now; previewed and restored. */
export function BackupsCard() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const { data, error, reload } = useQuery('backups.list', {});
  const show = useToasts((s) => s.show);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState<string | null>(null);

  const backUpNow = async () => {
    setBusy(true);
    try {
      const b = await call('backups.create', {});
      show({ tone: 'info', message: t('backups.made', { date: formatDateTime(b.createdAt, i18n.language) }) });
    } catch (err) {
      show({ tone: 'error', message: errorMessage(t, err) });
    } finally {
      setBusy(false);
    }
  };

  const restored = async (name: string) => {
    const r = await call('backups.restore', { name });
    setOpen(null);
    await useSettings.getState().load();
    show({ tone: 'info', message: t('backups.restored', { date: formatDateTime(r.restored.createdAt, i18n.language) }) });
  };

  return (
    <section className="card stack" aria-labelledby="backups-heading">
      <h2 id="backups-heading">{t('backups.title')}</h2>
      <p className="muted">{t('backups.hint')}</p>
      <div>
        <button type="button" className="button" disabled={busy} aria-busy={busy} onClick={() => void backUpNow()}>
          {busy ? t('backups.making') : t('backups.makeNow')}
        </button>
      </div>
      <TaskProgress kinds={['backup', 'restore']} label={(kind) => (kind === 'backup' ? t('backups.making') : t('backups.restoring'))} />
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data && data.length === 0 && <p className="empty">{t('backups.none')}</p>}
      {data && data.length > 0 && (
        <table className="table backups-table">
          <caption className="visually-hidden">{t('backups.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backups.when')}</th>
              <th scope="col">{t('backups.why')}</th>
              <th scope="col">{t('backups.size')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('backups.preview')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((b) => (
              <tr key={b.name} data-backup={b.name}>
                <td>{formatDateTime(b.createdAt, i18n.language)}</td>
                <td>{backupReasonLabel(t, b)}</td>
                <td>{t('backups.kilobytes', { size: formatNumber(Math.ceil(b.bytes / 1024), i18n.language) })}</td>
                <td>
                  <button type="button" className="button button--small" aria-expanded={open === b.name} onClick={() => setOpen(open === b.name ? null : b.name)}>
                    {t('backups.preview')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && <BackupPreview name={open} onRestore={restored} onClose={() => setOpen(null)} />}
    </section>
  );
}
