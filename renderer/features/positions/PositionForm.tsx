import { useTranslation } from 'react-i18next';
import { POSITION_STATES, STANCES, type PositionState, type Stance } from '../../../shared/consistency.ts';
import { localToday } from '../../../shared/days.ts';
import { positionSave, type AgendaItem, type Position } from '../../../shared/model/positions.ts';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { formatDay } from '../../ui/format.ts';
import { roleTitle } from '../focal-points/roles.ts';
import { PositionLinks } from './PositionLinks.tsx';
import { DateInput } from '../../ui/DateInput.tsx';

const TEXTS = ['text', 'fallback', 'redLines', 'speakingPoints'] as const;

/** The country's position on one agenda item; agreeing it needs the day and the working-group meeting. */
export function PositionForm({ item, position, onDone }: { item: AgendaItem; position: Position | null; onDone: () => void }) {
  const { t, i18n } = useTranslation(['positions', 'common']);
  const show = useToasts((s) => s.show);
  const leads = useQuery('designations.list', { convention: item.convention }).data ?? [];
  const groupMeetings = useQuery('wg.meetings.list', {}).data ?? [];
  const initial = {
    ...(position ? { id: position.id } : {}),
    agendaItemId: item.id,
    stance: (position?.stance ?? 'undecided') as Stance,
    status: (position?.status ?? 'draft') as PositionState,
    agreedOn: position?.agreedOn ?? '',
    agreedAt: position?.agreedAt ?? '',
    agreedAtMeetingId: position?.agreedAtMeetingId ?? '',
    nationalTargetIds: position?.nationalTargetIds ?? [],
    reliesOnPositionIds: position?.reliesOnPositionIds ?? [],
    text: position?.text ?? '',
    fallback: position?.fallback ?? '',
    redLines: position?.redLines ?? '',
    speakingPoints: position?.speakingPoints ?? '',
    allies: position?.allies ?? '',
    opponents: position?.opponents ?? '',
    leadDesignationId: position?.leadDesignationId ?? '',
  };
  const form = useRecordForm(initial, positionSave, async (values) => {
    await call('positions.save', values as never);
    show({ tone: 'info', message: t('position.saved', { item: item.number ?? item.title }) });
    onDone();
  });
  const { values, set, errors } = form;
  const setStatus = (s: PositionState) => {
    set('status', s);
    if (s === 'agreed' && !values.agreedOn) set('agreedOn', localToday());
  };
  return (
    <RecordForm className="stack inline-panel" label={t('position.formLabel', { item: item.number ?? item.title })} onSubmit={form.submit} autoFocus>
      <div className="field-row">
        <Field label={t('position.stance')} error={errors.stance} required>
          {(a) => (
            <select {...a} value={values.stance} onChange={(e) => set('stance', e.target.value as Stance)}>
              {STANCES.map((s) => (
                <option key={s} value={s}>
                  {t(`stances.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('position.status')} error={errors.status} required>
          {(a) => (
            <select {...a} value={values.status} onChange={(e) => setStatus(e.target.value as PositionState)}>
              {POSITION_STATES.map((s) => (
                <option key={s} value={s}>
                  {t(`states.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {values.status === 'agreed' && (
        <div className="field-row">
          <Field label={t('position.agreedOn')} error={errors.agreedOn} required>
            {(a) => <DateInput {...a} value={values.agreedOn} onChange={(e) => set('agreedOn', e.target.value)} />}
          </Field>
          {groupMeetings.length > 0 && (
            <Field label={t('position.agreedAtMeeting')} error={errors.agreedAtMeetingId ?? (values.agreedAtMeetingId ? errors.agreedAt : undefined)} required>
              {(a) => (
                <select
                  {...a}
                  value={values.agreedAtMeetingId}
                  onChange={(e) => {
                    set('agreedAtMeetingId', e.target.value);
                    const m = groupMeetings.find((g) => g.id === e.target.value);
                    if (m) set('agreedOn', m.date);
                  }}
                >
                  <option value="">{t('position.agreedAtOther')}</option>
                  {groupMeetings.map((m) => (
                    <option key={m.id} value={m.id}>
                      {`${formatDay(m.date, i18n.language)} · ${m.title}`}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {!values.agreedAtMeetingId && (
            <Field label={t('position.agreedAt')} error={errors.agreedAt} required hint={t('position.agreedAtHint')}>
              {(a) => <input {...a} value={values.agreedAt} onChange={(e) => set('agreedAt', e.target.value)} />}
            </Field>
          )}
        </div>
      )}
      {TEXTS.map((k) => (
        <Field key={k} label={t(`position.${k}`)} error={errors[k]}>
          {(a) => <textarea {...a} rows={2} value={values[k]} onChange={(e) => set(k, e.target.value)} />}
        </Field>
      ))}
      <div className="field-row">
        <Field label={t('position.allies')} error={errors.allies}>
          {(a) => <input {...a} value={values.allies} onChange={(e) => set('allies', e.target.value)} />}
        </Field>
        <Field label={t('position.opponents')} error={errors.opponents}>
          {(a) => <input {...a} value={values.opponents} onChange={(e) => set('opponents', e.target.value)} />}
        </Field>
      </div>
      <Field label={t('position.lead')} error={errors.leadDesignationId}>
        {(a) => (
          <select {...a} value={values.leadDesignationId} onChange={(e) => set('leadDesignationId', e.target.value)}>
            <option value="">—</option>
            {leads
              .filter((d) => d.active)
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {`${d.personName ?? '?'} — ${roleTitle(t, d.roleId)}`}
                </option>
              ))}
          </select>
        )}
      </Field>
      <PositionLinks
        item={item}
        positionId={position?.id ?? null}
        targetIds={values.nationalTargetIds}
        earlierIds={values.reliesOnPositionIds}
        onTargets={(ids) => set('nationalTargetIds', ids)}
        onEarlier={(ids) => set('reliesOnPositionIds', ids)}
      />
      <FormActions saving={form.saving} formError={form.formError} onCancel={onDone} submitLabel={t('position.save')} />
    </RecordForm>
  );
}
