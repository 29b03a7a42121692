import { membershipChannels } from '../../../shared/contract/membership.ts';
import { defineArea } from '../area.ts';
import { listMembership, setMembership } from './service.ts';

/** Which conventions and agreements the country is Party to (its table is made by 0002, with designations). */
export const membershipArea = defineArea({
  name: 'membership',
  channels: membershipChannels,
  handlers: {
    'membership.list': (s) => listMembership(s),
    'membership.set': (s, i) => setMembership(s, i),
  },
  entities: ['membership'],
  // a membership row's id is its instrument's reference id
  describe: { membership: (_s, id) => ({ rowLabel: null, about: { instrumentId: id } }) },
});
