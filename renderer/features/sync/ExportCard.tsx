import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entityName, useEntityViews } from '../entity-views.ts';
import type { BundleScope } from '../../../shared/bundle.ts';
import { entityNames } from '../../../shared/model/registry.ts';
import { conventions } from '../../../shared/reference/conventions.ts';
import { call } from '../../api/client.ts';
import { useSync } from '../../state/sync.ts';
import { errorMessage } from '../../ui/errors.ts';
import { downloadBlob } from '../../ui/files.ts';
import { formatNumber, isolateIn } from '../../ui/format.ts';
import { ProgressBar, TaskProgress } from '../../ui/ProgressBar.tsx';
import { fetchDownload } from './download.ts';
import { RadioGroup } from '../../ui/RadioGroup.tsx';

const SCOPE_CONVENTIONS = conventions.filter((c) => ['cbd', 'cites', 'cms', 'ramsar'].includes(c.id));

export function ExportCard() {
  const { t, i18n } = useTranslation(['sync', 'common']);
  const views = useEntityViews();
  const { peers, exportPeers, load } = useSync();
  const [kind, setKind] = useState<'full' | 'delta'>('full');
  const [peer, setPeer] = useState('');
  const [entities, setEntities] = useState<string[]>([]);
  const [convs, setConvs] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ fileName: string; blob: Blob; opsCount: number } | null>(null);
  const [saving, setSaving] = useState<{ file: string; done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [peerError, setPeerError] = useState(false);
  const peerNames = [...new Set([...exportPeers, ...peers.map((p) => p.label)])];

  const toggle = (list: string[], set: (v: string[]) => void, value: string) => set(list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);

  const create = async () => {
    setError(null);
    setResult(null);
    if (kind === 'delta' && !peer.trim()) return setPeerError(true);
    setBusy(true);
    try {
      const scope: BundleScope = {};
      if (entities.length) scope.entities = entities;
      if (convs.length) scope.conventions = convs;
      // made into a file by the core with its progress (the tasks list), then fetched in chunks
      const made = await call('bundleJobs.export', { peer: kind === 'delta' ? peer.trim() : undefined, scope });
      const blob = await fetchDownload(made, (done, total) => setSaving({ file: made.fileName, done, total }));
      setResult({ fileName: made.fileName, blob, opsCount: made.opsCount });
      downloadBlob(made.fileName, blob);
      await load();
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
      setSaving(null);
    }
  };

  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.title')}</h2>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <RadioGroup
          legend={t('export.kind')}
          name="export-kind"
          value={kind}
          onChange={setKind}
          options={[
            { value: 'full', label: t('export.full') },
            { value: 'delta', label: t('export.delta') },
          ]}
        />
        {kind === 'delta' && (
          <div className={`field${peerError ? ' field--error' : ''}`}>
            <label htmlFor="export-peer">{t('export.peer')}</label>
            <input
              id="export-peer"
              list="export-peer-names"
              value={peer}
              aria-invalid={peerError}
              aria-describedby="export-peer-hint"
              onChange={(e) => {
                setPeer(e.target.value);
                setPeerError(false);
              }}
            />
            <datalist id="export-peer-names">
              {peerNames.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
            <p className="field__hint" id="export-peer-hint">
              {t('export.peerHint')}
            </p>
            {peerError && (
              <p className="field__error" role="alert">
                {t('errors:field.required')}
              </p>
            )}
          </div>
        )}
        <details>
          <summary>{t('export.scope')}</summary>
          <p className="field__hint">{t('export.scopeHint')}</p>
          <fieldset className="field">
            <legend>{t('export.entities')}</legend>
            <div className="checks">
              {entityNames.map((name) => (
                <label key={name} className="check">
                  <input type="checkbox" checked={entities.includes(name)} onChange={() => toggle(entities, setEntities, name)} />
                  {entityName(t, views, name, true)}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="field">
            <legend>{t('export.conventions')}</legend>
            <div className="checks">
              {SCOPE_CONVENTIONS.map((c) => (
                <label key={c.id} className="check">
                  <input type="checkbox" checked={convs.includes(c.id)} onChange={() => toggle(convs, setConvs, c.id)} />
                  {c.abbreviation}
                </label>
              ))}
            </div>
          </fieldset>
        </details>
        <div className="form-actions">
          <button type="submit" data-export-bundle className="button button--primary" disabled={busy}>
            {t('export.create')}
          </button>
        </div>
        <TaskProgress kinds={['bundleExport']} label={() => t('export.creating')} />
        {saving && <ProgressBar label={t('export.saving', { file: isolateIn(i18n.language, saving.file) })} done={saving.done} total={saving.total} />}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {result && (
          <p className="success" role="status">
            {t('export.ready', { count: result.opsCount, n: formatNumber(result.opsCount, i18n.language), file: isolateIn(i18n.language, result.fileName) })}{' '}
            <button type="button" className="button button--small" onClick={() => downloadBlob(result.fileName, result.blob)}>
              {t('export.download')}
            </button>
          </p>
        )}
      </form>
    </section>
  );
}
