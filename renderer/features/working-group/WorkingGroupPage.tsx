import './working-group.css';
import { startTransition } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../../state/route.ts';
import { ActionsView } from './ActionsView.tsx';
import { DecisionsView } from './DecisionsView.tsx';
import { MeetingsView } from './MeetingsView.tsx';
import { MembersView } from './MembersView.tsx';

const TABS = { actions: ActionsView, meetings: MeetingsView, members: MembersView, decisions: DecisionsView } as const;
type Tab = keyof typeof TABS;
const isTab = (id: string | null): id is Tab => id !== null && Object.hasOwn(TABS, id);

/** #/working-group/<tab>: the follow-up actions, the group's meetings, its members, and the decisions of convention meetings. */
export function WorkingGroupPage() {
  const { t } = useTranslation(['group']);
  const id = useRoute((s) => s.id);
  const go = useRoute((s) => s.go);
  const tab: Tab = isTab(id) ? id : 'actions';
  const View = TABS[tab];
  return (
    <div className="page page--wide">
      <header>
        <h1>{t('title')}</h1>
        <p className="muted">{t('subtitle')}</p>
      </header>
      <div className="toolbar">
        <div className="segmented" role="group" aria-label={t('tabs.label')}>
          {(Object.keys(TABS) as Tab[]).map((k) => (
            <button key={k} type="button" className={`button button--small${tab === k ? ' button--primary' : ''}`} aria-pressed={tab === k} onClick={() => startTransition(() => go('working-group', k))}>
              {t(`tabs.${k}`)}
            </button>
          ))}
        </div>
      </div>
      <View />
    </div>
  );
}
