import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/days.ts';
import { PROGRESS_LEVELS, targetProgressInput, type ProgressLevel } from '../../../shared/model/progress.ts';
import type { NationalTarget } from '../../../shared/model/targets.ts';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { formatDay } from '../../ui/format.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { PersonPicker } from '../../ui/PersonPicker.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { indicatorsForTarget } from './labels.ts';
import { DateInput } from '../../ui/DateInput.tsx';

const TEXTS = ['actions', 'summary', 'challenges', 'effectiveness'] as const;

/** Where a national target stands, as of a day: recorded once, read by every convention's report. */
export function TargetProgressCard({ target }: { target: NationalTarget }) {
  const { t, i18n } = useTranslation(['progress', 'drafts', 'common']);
  const show = useToasts((s) => s.show);
  const list = useQuery('progress.list', { nationalTargetId: target.id });
  const catalog = useQuery('indicators.catalog', {});
  const latest = list.data?.[0];
  const [person, setPerson] = useState<{ id: string; name: string | null } | null>(latest?.assessedById ? { id: latest.assessedById, name: latest.assessedByName } : null);
  const candidates = catalog.data ? indicatorsForTarget(catalog.data, target) : [];
  const initial = {
    nationalTargetId: target.id,
    asOf: localToday(),
    level: (latest?.level ?? 'unknown') as ProgressLevel,
    actions: latest?.actions ?? '',
    summary: latest?.summary ?? '',
    challenges: latest?.challenges ?? '',
    effectiveness: latest?.effectiveness ?? '',
    indicatorIds: latest?.indicatorIds ?? [],
  };
  const form = useRecordForm(initial, targetProgressInput, async (values) => {
    await call('progress.save', { ...(values as object), assessedById: person?.id ?? null } as never);
    show({ tone: 'info', message: t('assessment.saved', { code: target.code }) });
  });
  const { values, set, errors } = form;
  const toggle = (id: string) => set('indicatorIds', values.indicatorIds.includes(id) ? values.indicatorIds.filter((x) => x !== id) : [...values.indicatorIds, id]);
  return (
    <section className="card stack" aria-labelledby={`progress-${target.id}`}>
      <h3 id={`progress-${target.id}`}>{t('assessment.heading')}</h3>
      <p className="muted">{t('assessment.hint')}</p>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.data && list.data.length > 0 && (
        <ul className="plain-list">
          {list.data.map((p) => (
            <li key={p.id}>
              <strong>{formatDay(p.asOf, i18n.language)}</strong> · {t(`drafts:levels.${p.level}`)}
              {p.assessedByName && <span className="muted"> · {p.assessedByName}</span>}
            </li>
          ))}
        </ul>
      )}
      <RecordForm key={latest?.id ?? 'none'} className="stack" label={t('assessment.formLabel', { code: target.code })} onSubmit={form.submit}>
        <div className="field-row">
          <Field label={t('assessment.asOf')} error={errors.asOf} required>
            {(a) => <DateInput {...a} value={values.asOf} onChange={(e) => set('asOf', e.target.value)} />}
          </Field>
          <Field label={t('assessment.level')} error={errors.level} required>
            {(a) => (
              <select {...a} value={values.level} onChange={(e) => set('level', e.target.value as ProgressLevel)}>
                {PROGRESS_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`drafts:levels.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {TEXTS.map((k) => (
          <Field key={k} label={t(`assessment.${k}`)} error={errors[k]}>
            {(a) => <textarea {...a} rows={2} value={values[k]} onChange={(e) => set(k, e.target.value)} />}
          </Field>
        ))}
        {candidates.length > 0 && (
          <fieldset className="field">
            <legend>{t('assessment.indicators')}</legend>
            <div className="check-grid">
              {candidates.map((c) => (
                <label key={c.id} className="check">
                  <input type="checkbox" checked={values.indicatorIds.includes(c.id)} onChange={() => toggle(c.id)} />
                  <bdi>{c.code}</bdi>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <PersonPicker label={t('assessment.assessedBy')} value={person} onChange={setPerson} />
        <FormActions saving={form.saving} formError={form.formError} submitLabel={t('assessment.save')} />
      </RecordForm>
    </section>
  );
}
