import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictItem } from '../../../shared/model/sync.ts';
import { useConflicts } from '../../state/conflicts.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { formatDateTime } from '../../ui/format.ts';
import { ConflictValue } from './ConflictValue.tsx';
import { conflictFieldLabel, conflictSubject, entityName, isFreeText, useEntityViews } from '../entity-views.ts';


export function ConflictCard({ item }: { item: ConflictItem }) {
  const { t, i18n } = useTranslation(['conflicts', 'people', 'institutions', 'targets', 'focal', 'reference', 'frameworks', 'common']);
  const { keep, resolveDeleted } = useConflicts();
  const views = useEntityViews();
  const show = useToasts((s) => s.show);
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState(String(item.heads[0]?.value ?? ''));
  const who = (h: ConflictItem['heads'][number]) => (h.mine ? t('thisDesk') : (h.nodeLabel ?? t('unknownDesk', { id: h.nodeId.slice(0, 6) })));
  const fieldLabel = conflictFieldLabel(t, views, item);
  const run = (p: Promise<void>) =>
    p.then(() => show({ tone: 'info', message: t('resolved') })).catch((err: unknown) => show({ tone: 'error', message: errorMessage(t, err) }));
  const headingId = `conflict-${item.id}-${item.field}-${item.kind}`;

  return (
    <article className="card conflict" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="muted">{entityName(t, views, item.entity)}:</span> {conflictSubject(t, views, item)} — {fieldLabel}
      </h2>
      {item.kind === 'edit_after_delete' ? (
        <>
          <p>
            <strong>{t('deleted.title')}.</strong> {t('deleted.body', { who: item.deleteHeads[0] ? who(item.deleteHeads[0]) : '?' })}
          </p>
          <div className="heads">
            {item.heads.map((h) => (
              <div key={h.hlc} className="head">
                <ConflictValue entity={item.entity} field={item.field} head={h} />
                <p className="muted">{t('by', { who: who(h), when: formatDateTime(h.at, i18n.language) })}</p>
              </div>
            ))}
          </div>
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={() => void run(resolveDeleted(item, 'restore'))}>
              {t('deleted.restore')}
            </button>
            <button type="button" className="button" onClick={() => void run(resolveDeleted(item, 'delete'))}>
              {t('deleted.confirm')}
            </button>
          </div>
        </>
      ) : (
        <>
          <div className="heads">
            {item.heads.map((h) => (
              <div key={h.hlc} className={`head${h.winner ? ' head--winner' : ''}`}>
                <div className="head__value">
                  <ConflictValue entity={item.entity} field={item.field} head={h} />
                </div>
                <p className="muted">
                  {t('by', { who: who(h), when: formatDateTime(h.at, i18n.language) })}
                  {h.winner && <span className="badge"> {t('current')}</span>}
                </p>
                <button type="button" className="button" onClick={() => void run(keep(item, h.value))}>
                  {t('keep')}
                </button>
              </div>
            ))}
          </div>
          {isFreeText(views, item) &&
            (merging ? (
              <form
                className="stack"
                onSubmit={(e) => {
                  e.preventDefault();
                  void run(keep(item, merged));
                }}
              >
                <label htmlFor={`${headingId}-merged`}>{t('mergeLabel')}</label>
                <textarea id={`${headingId}-merged`} rows={2} value={merged} onChange={(e) => setMerged(e.target.value)} />
                <div className="form-actions">
                  <button type="submit" className="button button--primary">
                    {t('saveMerge')}
                  </button>
                  <button type="button" className="button" onClick={() => setMerging(false)}>
                    {t('common:actions.cancel')}
                  </button>
                </div>
              </form>
            ) : (
              <button type="button" className="button button--link-dark" onClick={() => setMerging(true)}>
                {t('merge')}
              </button>
            ))}
        </>
      )}
    </article>
  );
}
