import { myDeskChannels } from '../../../shared/contract/my-desk.ts';
import { defineArea } from '../area.ts';
import { myDesk } from './desk.ts';

/** My desk: the roles, reports, parts, actions and trainings of the person who uses this desk. */
export const myDeskArea = defineArea({
  name: 'my-desk',
  uses: ['focal-points', 'onboarding', 'reporting', 'working-group', 'capacity'],
  channels: myDeskChannels,
  handlers: {
    'mydesk.get': (s, i) => myDesk(s, i.today),
  },
});
