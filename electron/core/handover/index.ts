import { handoverChannels } from '../../../shared/contract/handover.ts';
import { defineArea } from '../area.ts';
import { handoverPack } from './pack.ts';

/** The handover pack of a designation: what the role holds, for its next holder; the page prints it. */
export const handoverArea = defineArea({
  name: 'handover',
  uses: ['focal-points', 'onboarding', 'reporting', 'positions', 'working-group'],
  channels: handoverChannels,
  handlers: {
    'handover.get': (s, i) => handoverPack(s, i.designationId, i.today),
  },
});
