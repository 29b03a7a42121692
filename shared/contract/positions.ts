import { z } from 'zod';
import { agendaItem, agendaItemSave, customTopic, flag, flagAckSave, position, positionSave } from '../model/positions.ts';
import { meetingId } from '../model/reporting.ts';
import { todayInput } from '../model/focal-points.ts';
import { empty } from './common.ts';
import { read, write } from './define.ts';

// National positions at convention meetings: agenda items, positions, the consistency check across
// conventions and its acknowledgements, and the topics the country adds.

const shown = ['agendaItem', 'position', 'flagAck', 'customTopic', 'meeting', 'designation', 'person'] as const;
const check = z.object({ flags: z.array(flag), items: z.array(agendaItem), positions: z.array(position) });

export const positionsChannels = {
  'agenda.list': read(z.strictObject({ meetingId: meetingId.optional() }), z.array(agendaItem), shown),
  'agenda.save': write(agendaItemSave, agendaItem),
  'positions.list': read(z.strictObject({ meetingId: meetingId.optional() }), z.array(position), shown),
  'positions.save': write(positionSave, position),
  'consistency.check': read(todayInput, check, shown),
  'consistency.acknowledge': write(flagAckSave, check),
  'topics.list': read(empty, z.array(customTopic), ['customTopic']),
  'topics.add': write(z.strictObject({ label: z.string().trim().min(1, { error: 'required' }).max(120, { error: 'too_long' }) }), z.array(customTopic)),
};
