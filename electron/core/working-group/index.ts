import { workingGroupChannels } from '../../../shared/contract/working-group.ts';
import { defineArea } from '../area.ts';
import { describeByLabel } from '../records/describe.ts';
import { deleteAction, listActions, restoreAction, saveAction } from './actions.ts';
import { listDecisions, saveDecision, saveParagraph } from './decisions.ts';
import { listWgMeetings, saveWgMeeting } from './meetings.ts';
import { listMembers, removeMember, saveMember } from './members.ts';
import sql from './migrations/0011_working_group.ts';

/** The national working group: members, its meetings, convention decisions and follow-up actions. */
export const workingGroupArea = defineArea({
  name: 'working-group',
  uses: ['reporting'],
  channels: workingGroupChannels,
  handlers: {
    'wg.members.list': (s) => listMembers(s),
    'wg.members.save': (s, i) => saveMember(s, i),
    'wg.members.remove': (s, i) => removeMember(s, i.id),
    'wg.meetings.list': (s) => listWgMeetings(s),
    'wg.meetings.save': (s, i) => saveWgMeeting(s, i),
    'actions.list': (s, i) => listActions(s, i),
    'actions.save': (s, i) => saveAction(s, i),
    'actions.delete': (s, i) => deleteAction(s, i.id),
    'actions.restore': (s, i) => restoreAction(s, i.id),
    'decisions.list': (s, i) => listDecisions(s, i.meetingId),
    'decisions.save': (s, i) => saveDecision(s, i),
    'decisions.paragraphs.save': (s, i) => saveParagraph(s, i),
  },
  entities: ['wgMember', 'wgMeeting', 'action', 'decision', 'decisionParagraph'],
  migrations: [{ version: 11, name: '0011_working_group', sql }],
  describe: {
    wgMember: describeByLabel('wgMember'),
    wgMeeting: describeByLabel('wgMeeting'),
    action: describeByLabel('action'),
    decision: describeByLabel('decision'),
    decisionParagraph: describeByLabel('decisionParagraph'),
  },
});
