import { useTranslation } from 'react-i18next';
import { useSync } from '../../state/sync.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { formatDateTime, formatNumber } from '../../ui/format.ts';

export function HistoryCard() {
  const { t, i18n } = useTranslation(['sync']);
  const { imports, undo } = useSync();
  const show = useToasts((s) => s.show);
  const last = imports[0];
  const lng = i18n.language;

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.title')}</h2>
      {imports.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.from')}</th>
              <th scope="col">{t('history.changes')}</th>
              <th scope="col">{t('history.conflicts')}</th>
            </tr>
          </thead>
          <tbody>
            {imports.map((i) => (
              <tr key={i.id} className={i.undoneAt ? 'undone' : undefined}>
                <td>{formatDateTime(i.importedAt, lng)}</td>
                <td>
                  {i.originLabel}
                  {i.undoneAt && <span className="badge"> {t('history.undone')}</span>}
                </td>
                <td>{formatNumber(i.opsNew, lng)}</td>
                <td>{formatNumber(i.conflictsCreated, lng)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {last && !last.undoneAt && (
        <button
          type="button"
          className="button"
          onClick={() => {
            if (!window.confirm(t('history.undoConfirm', { label: last.originLabel }))) return;
            undo()
              .then((r) => show({ tone: 'info', message: t('history.undoDone', { label: r.label, count: r.opsRemoved }) }))
              .catch((err: unknown) => show({ tone: 'error', message: errorMessage(t, err) }));
          }}
        >
          {t('history.undo')}
        </button>
      )}
    </section>
  );
}
