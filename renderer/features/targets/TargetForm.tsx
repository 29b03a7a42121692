import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { nationalTargetInput, TARGET_STATUSES, type NationalTarget } from '../../../shared/model/targets.ts';
import { allFrameworkItems } from '../../../shared/reference/frameworks/index.ts';
import { call } from '../../api/client.ts';
import { useInstitutions } from '../../state/institutions.ts';
import { useRoute } from '../../state/route.ts';
import { useTargets } from '../../state/targets.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { PersonPicker } from '../../ui/PersonPicker.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { itemLabel } from './items.ts';
import { useQuery } from '../../state/queries.ts';
import { RecordForm } from '../../ui/RecordForm.tsx';

const HEADLINE = allFrameworkItems.filter((i) => i.framework === 'gbf' && i.kind === 'indicator');

function initial(t: NationalTarget | null) {
  return {
    code: t?.code ?? '',
    title: t?.title ?? '',
    description: t?.description ?? '',
    leadInstitutionId: t?.leadInstitutionId ?? '',
    contributingInstitutionIds: t?.contributingInstitutionIds ?? [],
    responsiblePersonIds: t?.responsiblePersonIds ?? [],
    status: (t?.status ?? '') as string,
    progress: t?.progress == null ? '' : String(t.progress),
    nationalIndicators: t?.nationalIndicators ?? '',
    headlineIndicatorIds: t?.headlineIndicatorIds ?? [],
    notes: t?.notes ?? '',
  };
}

export function TargetForm({ target }: { target: NationalTarget | null }) {
  const { t } = useTranslation(['targets', 'common', 'frameworks']);
  const go = useRoute((s) => s.go);
  const show = useToasts((s) => s.show);
  const replace = useTargets((s) => s.replace);
  const institutions = useInstitutions((s) => s.items);
  const reloadInstitutions = useInstitutions((s) => s.reload);
  useEffect(() => {
    void reloadInstitutions();
  }, [reloadInstitutions]);

  const form = useRecordForm(initial(target), nationalTargetInput, async (values) => {
    const saved = target ? await call('targets.update', { id: target.id, patch: values as never }) : await call('targets.create', values as never);
    replace(saved);
    show({ tone: 'info', message: t('saved') });
    // the user may have moved on while it saved: stay where they are
    if (useRoute.getState().area === 'targets') go('targets', saved.id);
  });
  const { values, set, errors } = form;

  const toggle = (key: 'contributingInstitutionIds' | 'headlineIndicatorIds', id: string) =>
    set(key, values[key].includes(id) ? values[key].filter((x) => x !== id) : [...values[key], id]);

  return (
    <RecordForm onSubmit={form.submit} autoFocus={!target}>
      <h2>{target ? t('editTitle', { code: target.code }) : t('new')}</h2>
      <div className="row-fields">
        <Field label={t('fields.code')} error={errors.code} hint={t('hints.code')} required>
          {(a) => <input {...a} value={values.code} onChange={(e) => set('code', e.target.value)} />}
        </Field>
        <Field label={t('fields.status')} error={errors.status}>
          {(a) => (
            <select {...a} value={values.status} onChange={(e) => set('status', e.target.value)}>
              <option value="">{t('status.none')}</option>
              {TARGET_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fields.progress')} error={errors.progress}>
          {(a) => <input {...a} type="number" min={0} max={100} step={1} value={values.progress} onChange={(e) => set('progress', e.target.value)} />}
        </Field>
      </div>
      <Field label={t('fields.title')} error={errors.title} required>
        {(a) => <input {...a} value={values.title} onChange={(e) => set('title', e.target.value)} />}
      </Field>
      <Field label={t('fields.description')} error={errors.description}>
        {(a) => <textarea {...a} rows={3} value={values.description} onChange={(e) => set('description', e.target.value)} />}
      </Field>
      <Field label={t('fields.leadInstitutionId')} error={errors.leadInstitutionId}>
        {(a) => (
          <select {...a} value={values.leadInstitutionId} onChange={(e) => set('leadInstitutionId', e.target.value)}>
            <option value="">{t('noInstitution')}</option>
            {institutions.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {institutions.length > 0 && (
        <fieldset className="field">
          <legend>{t('fields.contributingInstitutionIds')}</legend>
          <div className="checks checks--scroll">
            {institutions.map((i) => (
              <label key={i.id} className="check">
                <input type="checkbox" checked={values.contributingInstitutionIds.includes(i.id)} onChange={() => toggle('contributingInstitutionIds', i.id)} />
                {i.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset className="field">
        <legend>{t('fields.responsiblePersonIds')}</legend>
        <ul className="chips">
          {values.responsiblePersonIds.map((id) => (
            <PersonChip key={id} id={id} onRemove={() => set('responsiblePersonIds', values.responsiblePersonIds.filter((x) => x !== id))} />
          ))}
        </ul>
        <PersonPicker
          label={t('addPerson')}
          value={null}
          onChange={(p) => {
            if (!p || values.responsiblePersonIds.includes(p.id)) return;
            set('responsiblePersonIds', [...values.responsiblePersonIds, p.id]);
          }}
        />
      </fieldset>
      <Field label={t('fields.nationalIndicators')} error={errors.nationalIndicators}>
        {(a) => <textarea {...a} rows={2} value={values.nationalIndicators} onChange={(e) => set('nationalIndicators', e.target.value)} />}
      </Field>
      <details className="field">
        <summary>
          {t('fields.headlineIndicatorIds')} ({values.headlineIndicatorIds.length})
        </summary>
        <p className="field__hint">{t('hints.headlineIndicatorIds')}</p>
        <div className="checks checks--scroll checks--column">
          {HEADLINE.map((i) => (
            <label key={i.id} className="check">
              <input type="checkbox" checked={values.headlineIndicatorIds.includes(i.id)} onChange={() => toggle('headlineIndicatorIds', i.id)} />
              {itemLabel(t, i.id)}
            </label>
          ))}
        </div>
      </details>
      <Field label={t('fields.notes')} error={errors.notes}>
        {(a) => <textarea {...a} rows={2} value={values.notes} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
      <FormActions saving={form.saving} formError={form.formError} onCancel={() => go('targets')} />
    </RecordForm>
  );
}

/** A responsible person, by name once it has loaded; a person deleted elsewhere still shows. */
function PersonChip({ id, onRemove }: { id: string; onRemove: () => void }) {
  const { t } = useTranslation('targets');
  const { data, error } = useQuery('people.get', { id });
  const name = data?.name ?? (error ? t('unknownPerson') : '…');
  return (
    <li className="chip">
      <span dir="auto">{name}</span>
      <button type="button" className="button--icon" aria-label={t('removePerson', { name })} onClick={onRemove}>
        ×
      </button>
    </li>
  );
}
