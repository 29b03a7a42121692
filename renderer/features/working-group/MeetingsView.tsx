import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/days.ts';
import type { WgMeeting } from '../../../shared/model/working-group.ts';
import { useQuery } from '../../state/queries.ts';
import { formatDay } from '../../ui/format.ts';
import { AddButton } from '../../ui/AddButton.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { ActionForm } from './ActionForm.tsx';
import { ActionRow } from './ActionsView.tsx';
import { WgMeetingForm } from './WgMeetingForm.tsx';

function MeetingCard({ meeting: m }: { meeting: WgMeeting }) {
  const { t, i18n } = useTranslation(['group']);
  const [mode, setMode] = useState<'view' | 'edit' | 'action'>('view');
  const actions = useQuery('actions.list', { today: localToday(), sourceId: m.id }).data ?? [];
  if (mode === 'edit') return <li className="card">{<WgMeetingForm meeting={m} onDone={() => setMode('view')} />}</li>;
  return (
    <li className="card stack wg-card" aria-labelledby={`wgm-${m.id}`}>
      <h2 id={`wgm-${m.id}`}>
        <span dir="auto">{m.title}</span> <span className="muted">· {formatDay(m.date, i18n.language)}</span>
      </h2>
      {m.place && <p className="muted" dir="auto">{m.place}</p>}
      <p>
        <strong>{t('meetings.fields.attendees')}:</strong> {m.attendees.length ? m.attendees.map((a) => a.name).join(', ') : '—'}
      </p>
      {m.minutes && (
        <div>
          <h3>{t('meetings.fields.minutes')}</h3>
          <p className="pre-line" dir="auto">{m.minutes}</p>
        </div>
      )}
      {m.decisionsTaken && (
        <div>
          <h3>{t('meetings.fields.decisionsTaken')}</h3>
          <p className="pre-line" dir="auto">{m.decisionsTaken}</p>
        </div>
      )}
      {actions.length > 0 && (
        <div>
          <h3>{t('meetings.actions', { count: actions.length })}</h3>
          <ul className="plain-list action-list">
            {actions.map((a) => (
              <ActionRow key={a.id} action={a} />
            ))}
          </ul>
        </div>
      )}
      {mode === 'action' && <ActionForm action={null} source={{ kind: 'wgMeeting', id: m.id }} onDone={() => setMode('view')} />}
      {mode === 'view' && (
        <div className="form-actions">
          <button type="button" className="button button--small" onClick={() => setMode('edit')}>
            {t('meetings.editShort')}
          </button>
          <button type="button" className="button button--small" onClick={() => setMode('action')}>
            {t('actions.raise')}
          </button>
        </div>
      )}
    </li>
  );
}

/** The working group's meetings, the latest first, each with the actions it raised. */
export function MeetingsView() {
  const { t } = useTranslation(['group']);
  const { data, error, reload } = useQuery('wg.meetings.list', {});
  return (
    <section className="stack" aria-label={t('tabs.meetings')}>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <AddButton label={t('meetings.new')}>{(done) => <WgMeetingForm meeting={null} onDone={done} />}</AddButton>
      {data?.length === 0 && <p className="card empty">{t('meetings.none')}</p>}
      <ul className="plain-list stack">
        {data?.map((m) => (
          <MeetingCard key={m.id} meeting={m} />
        ))}
      </ul>
    </section>
  );
}
