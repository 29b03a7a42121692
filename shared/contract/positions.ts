import { z } from 'zod';
import { agendaItem, agendaItemSave, customTopic, flag, flagAckSave, position, positionSave } from '../model/positions.ts';
import { meeting, meetingId } from '../model/reporting.ts';
import { action } from '../model/working-group.ts';
import { todayInput } from '../model/focal-points.ts';
import { empty, fieldChange, rowId } from './common.ts';
import { read, write } from './define.ts';

// National positions at convention meetings: agenda items, positions, the consistency check across
// conventions and its acknowledgements, and the topics the country adds.

const shown = ['agendaItem', 'position', 'flagAck', 'customTopic', 'meeting', 'designation', 'person', 'wgMeeting', 'action', 'decision', 'decisionParagraph'] as const;
const check = z.object({ flags: z.array(flag), items: z.array(agendaItem), positions: z.array(position) });
const briefing = z.object({
  meeting,
  items: z.array(z.object({ item: agendaItem, position: position.nullable(), related: z.array(z.object({ item: agendaItem, position })) })),
  delegation: z.array(z.object({ id: z.string(), personName: z.string().nullable(), roleId: z.string().nullable(), institutionName: z.string().nullable() })),
  actions: z.array(action),
});

export const positionsChannels = {
  'agenda.list': read(z.strictObject({ meetingId: meetingId.optional() }), z.array(agendaItem), shown),
  'agenda.save': write(agendaItemSave, agendaItem),
  'positions.list': read(z.strictObject({ meetingId: meetingId.optional() }), z.array(position), shown),
  'positions.save': write(positionSave, position),
  'positions.history': read(rowId, z.array(fieldChange), ['position', 'wgMeeting']),
  'consistency.check': read(todayInput, check, shown),
  'consistency.acknowledge': write(flagAckSave, check),
  'positions.briefing': read(z.strictObject({ meetingId }), briefing, shown),
  'topics.list': read(empty, z.array(customTopic), ['customTopic']),
  'topics.add': write(z.strictObject({ label: z.string().trim().min(1, { error: 'required' }).max(120, { error: 'too_long' }) }), z.array(customTopic)),
};
