import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/days.ts';
import type { Decision, DecisionParagraph } from '../../../shared/model/working-group.ts';
import { useQuery } from '../../state/queries.ts';
import { useRoute } from '../../state/route.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { meetingName, obligationTitle } from '../reporting/labels.ts';
import { ActionForm } from './ActionForm.tsx';
import { ActionRow } from './ActionsView.tsx';
import { DecisionForm, ParagraphForm } from './DecisionForms.tsx';

function ParagraphItem({ decision, paragraph: p }: { decision: Decision; paragraph: DecisionParagraph }) {
  const { t } = useTranslation(['group', 'reporting']);
  const go = useRoute((s) => s.go);
  const [mode, setMode] = useState<'view' | 'edit' | 'action'>('view');
  const actions = useQuery('actions.list', p.actionIds.length ? { today: localToday(), sourceId: p.id } : null).data ?? [];
  if (mode === 'edit') return <li>{<ParagraphForm decisionId={decision.id} convention={decision.convention} paragraph={p} onDone={() => setMode('view')} />}</li>;
  return (
    <li className="paragraph stack">
      <p>
        {p.number && <strong>¶{p.number} </strong>}
        <span className={`badge badge--${p.kind === 'action' ? 'held' : 'low'}`}>{t(`decisions.kind.${p.kind}`)}</span> <span className="badge badge--low">{t(`decisions.state.${p.status}`)}</span>
      </p>
      <p dir="auto">{p.text}</p>
      {p.obligationId && (
        <p className="muted">
          {t('decisions.reportedIn')}{' '}
          <a href="#/reporting" onClick={(e) => (e.preventDefault(), go('reporting'))}>
            {obligationTitle(t, p.obligationId)}
          </a>
        </p>
      )}
      {actions.length > 0 && (
        <ul className="plain-list action-list">
          {actions.map((a) => (
            <ActionRow key={a.id} action={a} />
          ))}
        </ul>
      )}
      {mode === 'action' && <ActionForm action={null} source={{ kind: 'decisionParagraph', id: p.id }} onDone={() => setMode('view')} />}
      {mode === 'view' && (
        <div className="form-actions">
          <button type="button" className="button button--small" onClick={() => setMode('edit')}>
            {t('actions.editShort')}
          </button>
          {p.kind === 'action' && (
            <button type="button" className="button button--small" onClick={() => setMode('action')}>
              {t('actions.raise')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function DecisionCard({ decision: d }: { decision: Decision }) {
  const { t } = useTranslation(['group']);
  const [adding, setAdding] = useState(false);
  return (
    <li className="card stack wg-card" aria-labelledby={`dec-${d.id}`}>
      <h2 id={`dec-${d.id}`}>
        <bdi>{d.number}</bdi> <span dir="auto">{d.title}</span>
      </h2>
      {d.paragraphs.length === 0 && <p className="muted">{t('decisions.noParagraphs')}</p>}
      <ol className="plain-list stack">
        {d.paragraphs.map((p) => (
          <ParagraphItem key={p.id} decision={d} paragraph={p} />
        ))}
      </ol>
      {adding ? (
        <ParagraphForm decisionId={d.id} convention={d.convention} paragraph={null} onDone={() => setAdding(false)} />
      ) : (
        <p>
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            {t('decisions.newParagraph')}
          </button>
        </p>
      )}
    </li>
  );
}

/** The decisions a held convention meeting adopted, paragraph by paragraph, and the national actions they became. */
export function DecisionsView() {
  const { t } = useTranslation(['group', 'reporting']);
  const today = localToday();
  const held = (useQuery('meetings.list', {}).data ?? []).filter((m) => m.start && m.start <= today).reverse();
  const [chosen, setChosen] = useState<string | null>(null);
  const meetingId = chosen ?? held[0]?.id ?? null;
  const decisions = useQuery('decisions.list', meetingId ? { meetingId } : null);
  const [adding, setAdding] = useState(false);
  return (
    <section className="stack" aria-label={t('tabs.decisions')}>
      <div className="toolbar">
        <div className="filters">
          <label htmlFor="decisions-meeting">{t('decisions.meeting')}</label>
          <select id="decisions-meeting" value={meetingId ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {held.map((m) => (
              <option key={m.id} value={m.id}>
                {`${meetingName(t, m.id)} · ${m.year}`}
              </option>
            ))}
          </select>
        </div>
      </div>
      {decisions.error ? <LoadError error={decisions.error} onRetry={decisions.reload} /> : null}
      {decisions.data?.length === 0 && <p className="card empty">{t('decisions.none')}</p>}
      <ul className="plain-list stack">
        {decisions.data?.map((d) => (
          <DecisionCard key={d.id} decision={d} />
        ))}
      </ul>
      {meetingId &&
        (adding ? (
          <DecisionForm key={meetingId} meetingId={meetingId} onDone={() => setAdding(false)} />
        ) : (
          <p>
            <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
              {t('decisions.new')}
            </button>
          </p>
        ))}
    </section>
  );
}
