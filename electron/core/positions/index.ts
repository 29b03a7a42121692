import { positionsChannels } from '../../../shared/contract/positions.ts';
import { defineArea } from '../area.ts';
import { describeByLabel } from '../records/describe.ts';
import sql from './migrations/0010_positions.ts';
import links from './migrations/0012_position_links.ts';
import { addCustomTopic, listAgenda, listCustomTopics, saveAgendaItem } from './agenda.ts';
import { briefing } from './briefing.ts';
import { acknowledgeFlag, consistencyCheck } from './check.ts';
import { listPositions, positionHistory, savePosition } from './positions.ts';

/** The country's positions at convention meetings, and their consistency across conventions. */
export const positionsArea = defineArea({
  name: 'positions',
  uses: ['reporting', 'focal-points', 'working-group'],
  channels: positionsChannels,
  handlers: {
    'agenda.list': (s, i) => listAgenda(s, i.meetingId),
    'agenda.save': (s, i) => saveAgendaItem(s, i),
    'positions.list': (s, i) => listPositions(s, i.meetingId),
    'positions.save': (s, i) => savePosition(s, i),
    'positions.history': (s, i) => positionHistory(s, i.id),
    'consistency.check': (s, i) => consistencyCheck(s, i.today),
    'consistency.acknowledge': (s, i) => acknowledgeFlag(s, i),
    'positions.briefing': (s, i) => briefing(s, i.meetingId),
    'topics.list': (s) => listCustomTopics(s),
    'topics.add': (s, i) => addCustomTopic(s, i.label),
  },
  entities: ['agendaItem', 'position', 'flagAck', 'customTopic'],
  migrations: [
    { version: 10, name: '0010_positions', sql },
    { version: 12, name: '0012_position_links', sql: links },
  ],
  describe: {
    agendaItem: describeByLabel('agendaItem'),
    position: describeByLabel('position'),
    flagAck: describeByLabel('flagAck'),
    customTopic: describeByLabel('customTopic'),
  },
});
