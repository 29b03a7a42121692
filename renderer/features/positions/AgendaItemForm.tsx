import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { agendaItemFields } from '../../../shared/model/positions.ts';
import { TAXON_GROUPS, TOPICS } from '../../../shared/reference/topics.ts';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';

// the fields checked here as the core checks them; the documents' lines and the topics are checked by the core
const formSchema = z.object({ number: agendaItemFields.number.schema, title: agendaItemFields.title.schema, taxon: agendaItemFields.taxon.schema });

/** A new agenda item: number, title, documents (one a line), topics and the taxon concerned. */
export function AgendaItemForm({ meetingId, onDone }: { meetingId: string; onDone: () => void }) {
  const { t } = useTranslation(['positions', 'common']);
  const custom = useQuery('topics.list', {}).data ?? [];
  const [newTopic, setNewTopic] = useState('');
  const form = useRecordForm({ meetingId, number: '', title: '', documentsText: '', topicIds: [] as string[], taxonGroup: '', taxon: '' }, formSchema, async (values) => {
    const v = { ...form.values, ...(values as object) } as { documentsText: string; topicIds: string[]; number: string | null; title: string; taxonGroup: string; taxon: string | null };
    await call('agenda.save', { meetingId, number: v.number, title: v.title, topicIds: v.topicIds, taxonGroup: (v.taxonGroup || null) as never, taxon: v.taxon, documents: v.documentsText.split('\n').map((l) => l.trim()).filter(Boolean) });
    onDone();
  });
  const { values, set, errors } = form;
  const toggle = (id: string) => set('topicIds', values.topicIds.includes(id) ? values.topicIds.filter((x) => x !== id) : [...values.topicIds, id]);
  const addTopic = async () => {
    const label = newTopic.trim();
    if (!label) return;
    const list = await call('topics.add', { label });
    const added = list.find((x) => x.label.toLowerCase() === label.toLowerCase());
    if (added && !values.topicIds.includes(added.id)) set('topicIds', [...values.topicIds, added.id]);
    setNewTopic('');
  };
  return (
    <RecordForm className="stack inline-panel" label={t('agenda.add')} onSubmit={form.submit} autoFocus>
      <div className="field-row">
        <Field label={t('agenda.number')} error={errors.number}>
          {(a) => <input {...a} value={values.number} onChange={(e) => set('number', e.target.value)} />}
        </Field>
        <Field label={t('agenda.title')} error={errors.title} required>
          {(a) => <input {...a} value={values.title} onChange={(e) => set('title', e.target.value)} />}
        </Field>
      </div>
      <fieldset className="field">
        <legend>{t('agenda.topics')}</legend>
        <div className="check-grid">
          {[...TOPICS.map((id) => ({ id, label: t(`topics.${id}`) })), ...custom].map((x) => (
            <label key={x.id} className="check">
              <input type="checkbox" checked={values.topicIds.includes(x.id)} onChange={() => toggle(x.id)} />
              {x.label}
            </label>
          ))}
        </div>
        <div className="inline-add">
          <label>
            {t('agenda.newTopic')} <input dir="auto" value={newTopic} onChange={(e) => setNewTopic(e.target.value)} />
          </label>
          <button type="button" className="button button--small" onClick={() => void addTopic()}>
            {t('agenda.addTopic')}
          </button>
        </div>
      </fieldset>
      <div className="field-row">
        <Field label={t('agenda.taxonGroup')} error={errors.taxonGroup}>
          {(a) => (
            <select {...a} value={values.taxonGroup} onChange={(e) => set('taxonGroup', e.target.value)}>
              <option value="">—</option>
              {TAXON_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {t(`taxonGroups.${g}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('agenda.taxon')} error={errors.taxon} hint={t('agenda.taxonHint')}>
          {(a) => <input {...a} value={values.taxon} onChange={(e) => set('taxon', e.target.value)} />}
        </Field>
      </div>
      <Field label={t('agenda.documents')} error={errors.documents} hint={t('agenda.documentsHint')}>
        {(a) => <textarea {...a} rows={2} value={values.documentsText} onChange={(e) => set('documentsText', e.target.value)} />}
      </Field>
      <FormActions saving={form.saving} formError={form.formError} onCancel={onDone} submitLabel={t('agenda.save')} />
    </RecordForm>
  );
}
