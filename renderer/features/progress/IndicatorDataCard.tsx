import './progress.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorEntry } from '../../../shared/contract/progress.ts';
import { DATA_CONFIDENCE, indicatorValueInput } from '../../../shared/model/progress.ts';
import type { NationalTarget } from '../../../shared/model/targets.ts';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { PersonPicker } from '../../ui/PersonPicker.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { IndicatorTitle } from './IndicatorTitle.tsx';
import { indicatorName, indicatorsForTarget } from './labels.ts';
import { ValueChart } from './ValueChart.tsx';

function ValueForm({ indicator }: { indicator: IndicatorEntry }) {
  const { t } = useTranslation(['progress', 'drafts', 'common']);
  const show = useToasts((s) => s.show);
  const [person, setPerson] = useState<{ id: string; name: string | null } | null>(null);
  const binary = indicator.kind === 'binary';
  const initial = { indicatorId: indicator.id, year: String(new Date().getFullYear() - 1), value: '', unit: indicator.unit ?? '', question: binary ? (indicator.questions[0]?.number ?? '') : '', answer: '', disaggregation: '', source: '', confidence: 'medium' };
  const form = useRecordForm(initial, indicatorValueInput, async (values) => {
    const v = values as Record<string, unknown>;
    await call('indicators.saveValue', { ...(v as object), enteredById: person?.id ?? null, ...(binary ? { value: null, unit: null } : { question: null, answer: null }) } as never);
    show({ tone: 'info', message: t('values.saved') });
  });
  const { values, set, errors } = form;
  const question = indicator.questions.find((q) => q.number === values.question);
  return (
    <RecordForm className="stack inline-panel" label={t('values.add')} onSubmit={form.submit}>
      <div className="field-row">
        <Field label={t('values.year')} error={errors.year} required>
          {(a) => <input {...a} inputMode="numeric" value={values.year} onChange={(e) => set('year', e.target.value)} />}
        </Field>
        {!binary && (
          <>
            <Field label={t('values.value')} error={errors.value} required>
              {(a) => <input {...a} inputMode="decimal" value={values.value} onChange={(e) => set('value', e.target.value)} />}
            </Field>
            <Field label={t('values.unit')} error={errors.unit}>
              {(a) => <input {...a} value={values.unit} onChange={(e) => set('unit', e.target.value)} />}
            </Field>
          </>
        )}
      </div>
      {binary && (
        <>
          <Field label={t('values.question')} error={errors.question}>
            {(a) => (
              <select {...a} value={values.question} onChange={(e) => set('question', e.target.value)}>
                {indicator.questions.map((q) => (
                  <option key={q.number} value={q.number}>
                    {q.number} {q.title ? `— ${q.title.slice(0, 90)}` : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('values.answer')} error={errors.answer} required>
            {(a) => (
              <select {...a} value={values.answer} onChange={(e) => set('answer', e.target.value)}>
                <option value="">—</option>
                {(question?.options ?? []).map((o) => (
                  <option key={o} value={o}>
                    {t(`drafts:answers.${o}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      <div className="field-row">
        <Field label={t('values.disaggregation')} error={errors.disaggregation} hint={t('values.disaggregationHint')}>
          {(a) => <input {...a} value={values.disaggregation} onChange={(e) => set('disaggregation', e.target.value)} />}
        </Field>
        <Field label={t('values.confidence')} error={errors.confidence}>
          {(a) => (
            <select {...a} value={values.confidence} onChange={(e) => set('confidence', e.target.value)}>
              {DATA_CONFIDENCE.map((c) => (
                <option key={c} value={c}>
                  {t(`drafts:confidence.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('values.source')} error={errors.source}>
        {(a) => <input {...a} value={values.source} onChange={(e) => set('source', e.target.value)} />}
      </Field>
      <PersonPicker label={t('values.enteredBy')} value={person} onChange={setPerson} />
      <FormActions saving={form.saving} formError={form.formError} submitLabel={t('values.save')} />
    </RecordForm>
  );
}

/** Indicator data for one national target: each indicator's values by year, recorded once, with a chart. */
export function IndicatorDataCard({ target }: { target: NationalTarget }) {
  const { t, i18n } = useTranslation(['progress', 'drafts']);
  const catalog = useQuery('indicators.catalog', {});
  const candidates = catalog.data ? indicatorsForTarget(catalog.data, target) : [];
  const [chosen, setChosen] = useState<string>('');
  const indicator = candidates.find((c) => c.id === chosen) ?? candidates[0];
  const values = useQuery('indicators.values', indicator ? { indicatorIds: [indicator.id] } : null);
  const num = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 4 });
  return (
    <section className="card stack" aria-labelledby={`data-${target.id}`}>
      <h3 id={`data-${target.id}`}>{t('values.heading')}</h3>
      {catalog.error ? <LoadError error={catalog.error} onRetry={catalog.reload} /> : null}
      {candidates.length === 0 ? (
        <p className="muted">{t('values.noIndicators')}</p>
      ) : (
        <>
          <Field label={t('values.indicator')}>
            {(a) => (
              <select {...a} value={indicator?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
                {candidates.map((c) => {
                  const n = indicatorName(t, c);
                  return (
                    <option key={c.id} value={c.id}>
                      {`${n.code} — ${n.title.slice(0, 80)} (${t(`kinds.${c.kind}`)})`}
                    </option>
                  );
                })}
              </select>
            )}
          </Field>
          {indicator && (
            <>
              <p>
                <IndicatorTitle entry={indicator} />
              </p>
              {values.data && values.data.length > 0 ? (
                <>
                  <ValueChart values={values.data} label={t('values.chart', { code: indicator.code })} />
                  <table className="data-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('values.year')}</th>
                        <th scope="col">{indicator.kind === 'binary' ? t('values.answer') : t('values.value')}</th>
                        <th scope="col">{t('values.disaggregation')}</th>
                        <th scope="col">{t('values.source')}</th>
                        <th scope="col">{t('values.enteredBy')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {values.data.map((v) => (
                        <tr key={v.id}>
                          <td>{v.year}</td>
                          <td>{v.answer ? `${v.question ?? ''} ${t(`drafts:answers.${v.answer}`)}` : `${v.value === null ? '' : num.format(v.value)} ${v.unit ?? ''}`}</td>
                          <td dir="auto">{v.disaggregation ?? t('values.total')}</td>
                          <td dir="auto">{v.source ?? ''}</td>
                          <td dir="auto">{v.enteredByName ?? ''}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              ) : (
                <p className="muted">{t('values.none')}</p>
              )}
              <ValueForm key={indicator.id} indicator={indicator} />
            </>
          )}
        </>
      )}
    </section>
  );
}
