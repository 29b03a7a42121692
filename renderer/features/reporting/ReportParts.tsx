import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportPartSave, type ReportItem, type ReportPart } from '../../../shared/model/reports.ts';
import { call } from '../../api/client.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { Field } from '../../ui/Field.tsx';
import { formatDay } from '../../ui/format.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { PersonPicker } from '../../ui/PersonPicker.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { useRemoveWithUndo } from '../../ui/useDeleteWithUndo.ts';
import { DateInput } from '../../ui/DateInput.tsx';

/** A new delegated part: what, who, by when. */
function PartForm({ item, onDone }: { item: ReportItem; onDone: () => void }) {
  const { t } = useTranslation(['reporting', 'common']);
  const [assignee, setAssignee] = useState<{ id: string; name: string | null } | null>(null);
  const form = useRecordForm({ reportId: item.id, title: '', due: '' }, reportPartSave, async (values) => {
    await call('reports.parts.save', { ...(values as { reportId: string; title: string; due: string | null }), assigneeId: assignee?.id ?? null });
    onDone();
  });
  const { values, set, errors } = form;
  return (
    <RecordForm className="stack inline-panel" label={t('parts.add')} onSubmit={form.submit} autoFocus>
      <Field label={t('parts.title')} error={errors.title} required>
        {(a) => <input {...a} value={values.title} onChange={(e) => set('title', e.target.value)} />}
      </Field>
      <PersonPicker label={t('parts.assignee')} value={assignee} onChange={setAssignee} error={errors.assigneeId} />
      <Field label={t('parts.due')} error={errors.due}>
        {(a) => <DateInput {...a} value={values.due} onChange={(e) => set('due', e.target.value)} />}
      </Field>
      <FormActions saving={form.saving} formError={form.formError} onCancel={onDone} submitLabel={t('parts.save')} />
    </RecordForm>
  );
}

function PartRow({ part }: { part: ReportPart }) {
  const { t, i18n } = useTranslation(['reporting', 'common']);
  const show = useToasts((s) => s.show);
  const fail = (err: unknown) => show({ tone: 'error', message: errorMessage(t, err) });
  const toggle = () => call('reports.parts.save', { id: part.id, reportId: part.reportId, title: part.title, status: part.status === 'done' ? 'open' : 'done' }).catch(fail);
  const removeWithUndo = useRemoveWithUndo();
  const remove = () =>
    removeWithUndo(
      () => call('reports.parts.delete', { id: part.id }),
      () => call('reports.parts.restore', { id: part.id }),
      t('parts.removed', { title: part.title }),
    );
  return (
    <li className="part">
      <label className="check">
        <input type="checkbox" checked={part.status === 'done'} onChange={() => void toggle()} />
        <span dir="auto">{part.title}</span>
      </label>
      <span className="muted">
        {part.assigneeName ? <bdi>{part.assigneeName}</bdi> : t('owner.none')}
        {part.due && ` · ${t('parts.dueOn', { date: formatDay(part.due, i18n.language) })}`}
      </span>
      <button type="button" className="button button--small" onClick={() => void remove()} aria-label={t('parts.removeLabel', { title: part.title })}>
        {t('parts.remove')}
      </button>
    </li>
  );
}

/** Parts of the report delegated to colleagues, each with its own due date (a section of the form, a chapter). */
export function ReportParts({ item }: { item: ReportItem }) {
  const { t } = useTranslation(['reporting']);
  const [adding, setAdding] = useState(false);
  return (
    <section className="stack" aria-labelledby="parts-heading">
      <h3 id="parts-heading">{t('parts.heading')}</h3>
      {item.parts.length === 0 ? <p className="muted">{t('parts.none')}</p> : (
        <ul className="part-list">
          {item.parts.map((p) => (
            <PartRow key={p.id} part={p} />
          ))}
        </ul>
      )}
      {adding ? (
        <PartForm item={item} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)} disabled={!item.applies}>
          {t('parts.add')}
        </button>
      )}
    </section>
  );
}
