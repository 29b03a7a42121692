import './working-group.css';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../../state/route.ts';
import { Segmented } from '../../ui/Segmented.tsx';
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
        <Segmented label={t('tabs.label')} options={(Object.keys(TABS) as Tab[]).map((k) => ({ key: k, label: t(`tabs.${k}`) }))} value={tab} onChange={(k) => go('working-group', k)} />
      </div>
      <View />
    </div>
  );
}
