import { z } from 'zod';
import { todayInput } from '../model/focal-points.ts';
import { meetingId } from '../model/reporting.ts';
import { action, actionSave, decision, decisionSave, paragraphSave, wgMeeting, wgMeetingSave, wgMember, wgMemberSave } from '../model/working-group.ts';
import { rowId } from './common.ts';
import { read, write } from './define.ts';

// The national working group: members, its meetings, the decisions of convention meetings with
// their paragraphs, and follow-up actions (overdue ones counted for the navigation).

const people = ['person', 'designation', 'institution'] as const;
const actionsShown = ['action', 'wgMeeting', 'decision', 'decisionParagraph', 'position', 'agendaItem', ...people] as const;

export const workingGroupChannels = {
  'wg.members.list': read(z.strictObject({}), z.array(wgMember), ['wgMember', ...people]),
  'wg.members.save': write(wgMemberSave, wgMember),
  'wg.members.remove': write(rowId, z.array(wgMember)),
  'wg.meetings.list': read(z.strictObject({}), z.array(wgMeeting), ['wgMeeting']),
  'wg.meetings.save': write(wgMeetingSave, wgMeeting),
  'actions.list': read(z.strictObject({ today: todayInput.shape.today, meetingId: meetingId.optional(), sourceId: z.uuid().optional() }), z.array(action), actionsShown),
  'actions.save': write(actionSave, action),
  'actions.delete': write(rowId, rowId),
  'actions.restore': write(rowId, action),
  'decisions.list': read(z.strictObject({ meetingId: meetingId.optional() }), z.array(decision), ['decision', 'decisionParagraph', 'action']),
  'decisions.save': write(decisionSave, decision),
  'decisions.paragraphs.save': write(paragraphSave, decision),
};
