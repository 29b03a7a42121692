import './working-group.css';
import { TabbedPage } from '../../ui/TabbedPage.tsx';
import { ActionsView } from './ActionsView.tsx';
import { DecisionsView } from './DecisionsView.tsx';
import { MeetingsView } from './MeetingsView.tsx';
import { MembersView } from './MembersView.tsx';

const TABS = { actions: ActionsView, meetings: MeetingsView, members: MembersView, decisions: DecisionsView };

/** #/working-group/<tab>: the follow-up actions, the group's meetings, its members, and the decisions of convention meetings. */
export function WorkingGroupPage() {
  return <TabbedPage area="working-group" namespace="group" tabs={TABS} />;
}
