import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftQuestion, DraftTarget } from '../../../shared/model/drafts.ts';
import { frameworkItem } from '../../../shared/reference/frameworks/index.ts';
import { call } from '../../api/client.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { formatDateTime, formatDay } from '../../ui/format.ts';

const STATE_TONE = { shared: 'held', here: 'held', carried: 'low', missing: 'vacant' } as const;

function Stamp({ changed }: { changed: { at: string; here: boolean } | null }) {
  const { t, i18n } = useTranslation(['drafts']);
  if (!changed) return null;
  return <span className="muted"> · {t('stamp', { when: formatDateTime(changed.at, i18n.language), where: changed.here ? t('here') : t('elsewhere') })}</span>;
}

/** Per indicator (and question, and disaggregation), its latest value, and how many there are. */
function latestValues(values: DraftTarget['values']): { v: DraftTarget['values'][number]; count: number }[] {
  const by = new Map<string, { v: DraftTarget['values'][number]; count: number }>();
  for (const v of values) {
    const key = `${v.indicatorId}|${v.question ?? ''}|${v.disaggregation ?? ''}`;
    const seen = by.get(key);
    by.set(key, { v: !seen || v.year > seen.v.year ? v : seen.v, count: (seen?.count ?? 0) + 1 });
  }
  return [...by.values()];
}

function TargetRow({ target }: { target: DraftTarget }) {
  const { t, i18n } = useTranslation(['drafts']);
  const p = target.progress;
  const num = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 4 });
  return (
    <tr>
      <th scope="row">
        <bdi>{target.code}</bdi>
        <div className="muted" dir="auto">
          {target.title}
        </div>
      </th>
      <td>{p ? t(`levels.${p.level}`) : <span className="badge badge--vacant">{t('notAssessed')}</span>}</td>
      <td dir="auto">
        {p?.summary}
        {p?.actions && <div className="muted">{p.actions}</div>}
      </td>
      <td>
        {latestValues(target.values).map(({ v, count }) => (
          <div key={v.id}>
            <bdi>{v.indicatorId.replace(/^gbf:(HI|IND):/, '')}</bdi> {v.year}: {v.answer ? t(`answers.${v.answer}`) : `${v.value === null ? '' : num.format(v.value)} ${v.unit ?? ''}`}
            {count > 1 && <span className="muted"> ({t('valuesCount', { count })})</span>}
          </div>
        ))}
      </td>
      <td className="muted">
        {p && formatDay(p.asOf, i18n.language)}
        {p?.assessedByName && <div>{p.assessedByName}</div>}
        <Stamp changed={target.changed} />
      </td>
    </tr>
  );
}

function TargetsTable({ targets, caption }: { targets: readonly DraftTarget[]; caption: string }) {
  const { t } = useTranslation(['drafts']);
  if (targets.length === 0) return <p className="muted">{t('noTargets')}</p>;
  return (
    <table className="data-table draft-targets">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('pack.columns.targetCode')}</th>
          <th scope="col">{t('pack.columns.level')}</th>
          <th scope="col">{t('pack.columns.summary')}</th>
          <th scope="col">{t('pack.columns.indicators')}</th>
          <th scope="col">{t('pack.columns.asOf')}</th>
        </tr>
      </thead>
      <tbody>
        {targets.map((x) => (
          <TargetRow key={x.nationalTargetId} target={x} />
        ))}
      </tbody>
    </table>
  );
}

/** An answer that belongs to this report: written here, or carried over and confirmed here. */
function OwnAnswer({ reportId, q, canEdit }: { reportId: string; q: DraftQuestion; canEdit: boolean }) {
  const { t } = useTranslation(['drafts', 'common']);
  const show = useToasts((s) => s.show);
  const [text, setText] = useState(q.answer?.text ?? '');
  const [option, setOption] = useState(q.answer?.option ?? '');
  const save = () =>
    call('drafts.answer', { reportId, questionId: q.id, ...(q.kind === 'option' ? { option: option || null } : { text }) })
      .then(() => show({ tone: 'info', message: t('answerSaved', { number: q.number }) }))
      .catch((err: unknown) => show({ tone: 'error', message: errorMessage(t, err) }));
  const label = t('answerLabel', { number: q.number });
  return (
    <div className="stack">
      {q.kind === 'option' ? (
        <select aria-label={label} value={option} disabled={!canEdit} onChange={(e) => setOption(e.target.value)}>
          <option value="">—</option>
          {q.options.map((o) => (
            <option key={o} value={o}>
              {t(`options.${o}`, { defaultValue: o })}
            </option>
          ))}
        </select>
      ) : (
        <textarea aria-label={label} dir="auto" rows={3} value={text} disabled={!canEdit} onChange={(e) => setText(e.target.value)} />
      )}
      {canEdit && (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => void save()}>
            {q.state === 'carried' ? t('confirm') : t('saveAnswer')}
          </button>
          <Stamp changed={q.answer?.changed ?? null} />
        </div>
      )}
    </div>
  );
}

/** One question of the draft: where its answer comes from, and the answer. */
export function QuestionView({ reportId, q, canEdit }: { reportId: string; q: DraftQuestion; canEdit: boolean }) {
  const { t } = useTranslation(['drafts', 'frameworks']);
  return (
    <li className={`draft-question draft-question--${q.state}`}>
      <div className="draft-question__head">
        <strong>
          <bdi>{q.number}</bdi>
        </strong>{' '}
        <span lang="en" dir="ltr">
          {q.title}
        </span>{' '}
        <span className={`badge badge--${STATE_TONE[q.state]}`}>{t(`states.${q.state}`)}</span>
        {q.state === 'carried' && q.answer?.carriedFrom && <span className="muted"> · {t('carriedHint')}</span>}
      </div>
      {(q.kind === 'text' || q.kind === 'option') && <OwnAnswer key={`${q.answer?.text}|${q.answer?.option}|${q.state}`} reportId={reportId} q={q} canEdit={canEdit} />}
      {(q.kind === 'targetProgress' || q.kind === 'nationalTargets') && <TargetsTable targets={q.targets} caption={q.title} />}
      {q.kind === 'frameworkProgress' && (
        <ul className="plain-list draft-items">
          {q.items
            .filter((i) => i.targets.length > 0)
            .map((i) => (
              <li key={i.itemId}>
                <bdi>{frameworkItem(i.itemId)?.code ?? i.itemId}</bdi>:{' '}
                {i.targets.map((x) => (
                  <span key={x.nationalTargetId} className="chip">
                    <bdi>{x.code}</bdi>
                    {x.via && <span className="muted"> ({t('via', { item: frameworkItem(x.via)?.code ?? x.via })})</span>}
                    {' · '}
                    {x.level ? t(`levels.${x.level}`) : t('notAssessed')}
                  </span>
                ))}
              </li>
            ))}
          {q.items.every((i) => i.targets.length === 0) && <li className="muted">{t('noneServes')}</li>}
        </ul>
      )}
      {q.kind === 'indicatorData' && (q.values.length ? <p>{t('valuesCount', { count: q.values.length })}</p> : <p className="muted">{t('noValues')}</p>)}
    </li>
  );
}
