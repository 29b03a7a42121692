import './sync.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TaskProgress } from '../../ui/ProgressBar.tsx';
import type { FolderLogEntry } from '../../../shared/model/sync-folder.ts';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage, errorPayload } from '../../ui/errors.ts';
import { formatDateTime, formatNumber, isolateIn } from '../../ui/format.ts';

/** One line of what the desk did in the folder, in words. */
function LogLine({ entry: e }: { entry: FolderLogEntry }) {
  const { t, i18n } = useTranslation(['sync', 'errors']);
  const lng = i18n.language;
  const what = t(`folder.outcome.${e.outcome}`, { count: e.opsNew ?? 0, from: e.originLabel ?? '?', n: formatNumber(e.opsNew ?? 0, lng) });
  const why = e.code && e.outcome !== 'folder_missing' && e.outcome !== 'folder_not_writable' ? t(`errors:code.${e.code}`, { ...(e.params ?? {}), defaultValue: t('errors:code.internal') }) : null;
  return (
    <li className={`folder-log__line folder-log__line--${e.outcome}`}>
      <span className="muted">{formatDateTime(e.at, lng)}</span> — {what}
      {e.file && (
        <>
          {' '}
          <code className="muted" dir="ltr">{e.file}</code>
        </>
      )}
      {why && <span className="folder-log__why"> {why}</span>}
    </li>
  );
}

/** Sync through a shared folder: where, its state, signers waiting for a decision, and what it did. */
export function FolderCard() {
  const { t, i18n } = useTranslation(['sync', 'errors']);
  const show = useToasts((s) => s.show);
  const { data: status } = useQuery('syncFolder.status', {});
  const [path, setPath] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const shown = path ?? status?.path ?? '';
  const save = (value: string | null) =>
    call('syncFolder.set', { path: value })
      .then(() => {
        setPath(null);
        setError(null);
        show({ tone: 'info', message: value ? t('folder.saved') : t('folder.stopped') });
        if (value) return call('syncFolder.run', {});
      })
      .catch((err: unknown) => {
        const issue = errorPayload(err).issues?.[0];
        setError(issue ? t(`errors:field.${issue.code}`) : errorMessage(t, err));
      });
  const runNow = () =>
    call('syncFolder.run', {})
      .then((r) => show({ tone: 'info', message: t('folder.ran', { count: r.imported, imported: r.imported, waiting: r.waiting }) }))
      .catch((err: unknown) => show({ tone: 'error', message: errorMessage(t, err) }));
  const decide = (publicKey: string, accept: boolean, fallback: string | null) =>
    call('syncFolder.decide', { publicKey, accept, ...(accept ? { label: (labels[publicKey] ?? fallback ?? '').trim() || undefined } : {}) })
      .then((r) => show({ tone: 'info', message: accept ? t('folder.accepted', { count: r.imported }) : t('folder.refused') }))
      .catch((err: unknown) => show({ tone: 'error', message: errorMessage(t, err) }));

  return (
    <section className="card stack" aria-labelledby="folder-heading">
      <h2 id="folder-heading">{t('folder.title')}</h2>
      <p className="muted">{t('folder.intro')}</p>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(shown.trim() || null);
        }}
      >
        <div className={`field${error ? ' field--error' : ''}`}>
          <label htmlFor="sync-folder-path">{t('folder.path')}</label>
          <input id="sync-folder-path" dir="ltr" value={shown} placeholder={t('folder.pathPlaceholder')} aria-invalid={Boolean(error)} aria-describedby={error ? 'sync-folder-error' : 'sync-folder-hint'} onChange={(e) => setPath(e.target.value)} />
          <p className="field__hint" id="sync-folder-hint">
            {t('folder.pathHint')}
          </p>
          {error && (
            <p className="field__error" id="sync-folder-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t('folder.use')}
          </button>
          {status?.path && (
            <>
              <button type="button" className="button" onClick={() => void runNow()}>
                {t('folder.runNow')}
              </button>
              <button type="button" className="button" onClick={() => void save(null)}>
                {t('folder.stop')}
              </button>
            </>
          )}
        </div>
      </form>
      <TaskProgress kinds={['folderImport']} label={(_, file) => t('folder.reading', { file: isolateIn(i18n.language, file ?? '') })} />
      {status?.path && (
        <p role="status" className={status.available ? 'muted' : 'badge badge--overdue'}>
          {status.available ? `${t('folder.state.ok', { count: status.ownFiles })} ${status.lastRunAt ? t('folder.lastRun', { when: formatDateTime(status.lastRunAt, i18n.language) }) : t('folder.notYet')}` : t(`folder.state.${status.problem}`)}
        </p>
      )}
      {status && status.waiting.length > 0 && (
        <div className="stack" role="region" aria-labelledby="folder-waiting-heading">
          <h3 id="folder-waiting-heading">{t('folder.waiting.title')}</h3>
          <p className="muted">{t('folder.waiting.intro')}</p>
          <ul className="plain-list stack">
            {status.waiting.map((w) => (
              <li key={w.publicKey} className="card stack">
                <p>
                  <strong dir="auto">{w.originLabel ?? '?'}</strong> {w.originCountry && <span className="muted">({w.originCountry})</span>} — {t('folder.waiting.files', { count: w.files })}
                </p>
                <p className="muted">
                  {t('folder.waiting.fingerprint')} <code dir="ltr">{w.fingerprint}</code>
                </p>
                <div className="inline-add">
                  <div className="field">
                    <label htmlFor={`label-${w.fingerprint}`}>{t('folder.waiting.label')}</label>
                    <input id={`label-${w.fingerprint}`} dir="auto" value={labels[w.publicKey] ?? w.originLabel ?? ''} onChange={(e) => setLabels((l) => ({ ...l, [w.publicKey]: e.target.value }))} />
                  </div>
                  <button type="button" className="button button--primary" onClick={() => void decide(w.publicKey, true, w.originLabel)}>
                    {t('folder.waiting.accept')}
                  </button>
                  <button type="button" className="button" onClick={() => void decide(w.publicKey, false, w.originLabel)}>
                    {t('folder.waiting.refuse')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
      {status && status.log.length > 0 && (
        <details open>
          <summary>{t('folder.log')}</summary>
          <ol className="plain-list folder-log">
            {status.log.slice(0, 30).map((e) => (
              <LogLine key={e.id} entry={e} />
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
