import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEGREES, type Degree, type NationalTarget } from '../../../shared/model/targets.ts';
import { frameworkItem, frameworks } from '../../../shared/reference/frameworks/index.ts';
import { call } from '../../api/client.ts';
import { useTargets } from '../../state/targets.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { FrameworkItemPicker } from './FrameworkItemPicker.tsx';
import { frameworkAbbreviation, itemCode, itemLabel } from './items.ts';

/** The global goals and targets a national target is aligned to, with a degree, as in the CBD Online Reporting Tool. */
export function AlignmentsEditor({ target }: { target: NationalTarget }) {
  const { t } = useTranslation(['targets', 'frameworks', 'common']);
  const replace = useTargets((s) => s.replace);
  const show = useToasts((s) => s.show);
  const [frameworkId, setFramework] = useState('gbf');
  const [itemId, setItem] = useState('');
  const [degree, setDegree] = useState<Degree>('high');
  const [note, setNote] = useState('');
  const formId = useId();
  const run = (p: Promise<NationalTarget>, message: string) =>
    p.then((saved) => {
      replace(saved);
      show({ tone: 'info', message });
    }).catch((err: unknown) => show({ tone: 'error', message: errorMessage(t, err) }));

  return (
    <section className="alignments" aria-labelledby={`alignments-${target.id}`}>
      <h3 id={`alignments-${target.id}`}>{t('alignments.title')}</h3>
      {target.alignments.length === 0 ? (
        <p className="muted">{t('alignments.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('alignments.framework')}</th>
              <th scope="col">{t('alignments.item')}</th>
              <th scope="col">{t('alignments.degree')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {target.alignments.map((a) => (
              <tr key={a.id}>
                <td>{frameworkAbbreviation(frameworkItem(a.frameworkItemId)?.framework ?? '')}</td>
                <td>
                  {itemLabel(t, a.frameworkItemId)}
                  {a.note && <div className="muted">{a.note}</div>}
                  {frameworkItem(a.frameworkItemId)?.confidence === 'low' && <span className="badge badge--low"> {t('confidenceLow')}</span>}
                </td>
                <td>
                  <select
                    aria-label={`${t('alignments.degree')}: ${itemCode(a.frameworkItemId)}`}
                    value={a.degree}
                    onChange={(e) =>
                      void run(
                        call('alignments.set', { nationalTargetId: target.id, frameworkItemId: a.frameworkItemId, degree: e.target.value as Degree, note: a.note }),
                        t('alignments.added', { code: itemCode(a.frameworkItemId) }),
                      )
                    }
                  >
                    {DEGREES.map((d) => (
                      <option key={d} value={d}>
                        {t(`degree.${d}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('alignments.remove', { code: itemCode(a.frameworkItemId) })}
                    onClick={() =>
                      void run(call('alignments.remove', { nationalTargetId: target.id, frameworkItemId: a.frameworkItemId }), t('alignments.removed', { code: itemCode(a.frameworkItemId) }))
                    }
                  >
                    ×
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
          if (!itemId) return;
          void run(call('alignments.set', { nationalTargetId: target.id, frameworkItemId: itemId, degree, note: note || null }), t('alignments.added', { code: itemCode(itemId) })).then(() => {
            setItem('');
            setNote('');
          });
        }}
      >
        <FrameworkItemPicker frameworks={frameworks} frameworkId={frameworkId} itemId={itemId} onFramework={setFramework} onItem={setItem} />
        <div className="align-form__field">
          <label htmlFor={`${formId}-degree`}>{t('alignments.degree')}</label>
          <select id={`${formId}-degree`} value={degree} onChange={(e) => setDegree(e.target.value as Degree)}>
            {DEGREES.map((d) => (
              <option key={d} value={d}>
                {t(`degree.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="align-form__field">
          <label htmlFor={`${formId}-note`}>{t('alignments.note')}</label>
          <input id={`${formId}-note`} value={note} placeholder={t('alignments.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="submit" className="button button--primary" disabled={!itemId}>
          {t('alignments.add')}
        </button>
      </form>
    </section>
  );
}
