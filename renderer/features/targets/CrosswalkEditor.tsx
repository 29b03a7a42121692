import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { frameworkItem, frameworks, itemsOf } from '../../../shared/reference/frameworks/index.ts';
import { call } from '../../api/client.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { FrameworkItemPicker } from './FrameworkItemPicker.tsx';
import { frameworkAbbreviation, itemLabel } from './items.ts';
import { useQuery } from '../../state/queries.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { crosswalkTextId, referenceText } from '../../i18n/reference-text.ts';

const GBF_TARGETS = itemsOf('gbf').filter((i) => i.kind === 'target');
const OTHER_FRAMEWORKS = frameworks.filter((f) => f.id !== 'gbf');

/** The crosswalk between a GBF target and the other frameworks, as shipped, with the country's own edits. */
export function CrosswalkEditor() {
  const { t } = useTranslation(['targets', 'frameworks', 'reference', 'basis']);
  const show = useToasts((s) => s.show);
  const id = useId();
  const [from, setFrom] = useState('gbf:T3');
  const [frameworkId, setFramework] = useState(OTHER_FRAMEWORKS[0].id);
  const [to, setTo] = useState('');
  const { data: entries = [], error, reload } = useQuery('crosswalk.list', {});
  const edit = (toItemId: string, state: 'added' | 'removed') =>
    call('crosswalk.edit', { fromItemId: from, toItemId, state })
      .then(() => {
        reload();
        show({ tone: 'info', message: t('crosswalk.saved') });
      })
      .catch((err: unknown) => show({ tone: 'error', message: errorMessage(t, err) }));
  const mine = entries.filter((e) => e.from === from);

  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('crosswalk.title')}</h2>
      <p className="muted">{t('crosswalk.hint')}</p>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('crosswalk.from')}</label>
        <select id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
          {GBF_TARGETS.map((i) => (
            <option key={i.id} value={i.id}>
              {itemLabel(t, i.id)}
            </option>
          ))}
        </select>
      </div>
      {mine.length === 0 ? (
        <p className="muted">{t('crosswalk.none')}</p>
      ) : (
        <table className="table" aria-label={t('crosswalk.title')}>
          <tbody>
            {mine.map((e) => (
              <tr key={e.to} className={e.removed ? 'undone' : undefined}>
                <td>{frameworkAbbreviation(frameworkItem(e.to)?.framework ?? '')}</td>
                <td>{itemLabel(t, e.to)}</td>
                <td className="muted">
                  {e.origin === 'country' ? t('crosswalk.country') : `${t(`reference:confidence.${e.confidence ?? 'low'}`)}${e.basis ? ` — ${referenceText(t, 'crosswalk', crosswalkTextId(e.from, e.to), e.basis)}` : ''}`}
                </td>
                <td>
                  <button type="button" className="button button--small" onClick={() => void edit(e.to, e.removed ? 'added' : 'removed')}>
                    {e.removed ? t('crosswalk.restore') : t('crosswalk.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="align-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (to) void edit(to, 'added').then(() => setTo(''));
        }}
      >
        <FrameworkItemPicker frameworks={OTHER_FRAMEWORKS} frameworkId={frameworkId} itemId={to} onFramework={setFramework} onItem={setTo} />
        <button type="submit" className="button" disabled={!to}>
          {t('crosswalk.add')}
        </button>
      </form>
    </section>
  );
}
