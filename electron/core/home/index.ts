import { homeChannels } from '../../../shared/contract/home.ts';
import { defineArea } from '../area.ts';
import { attention, attentionSummary } from './attention.ts';

/** The home screen: what needs attention, drawn from every area. */
export const homeArea = defineArea({
  name: 'home',
  uses: ['reporting', 'focal-points', 'targets', 'positions', 'working-group', 'drafts', 'capacity'],
  channels: homeChannels,
  handlers: {
    'attention.list': (s, i) => attention(s, i.today),
    'attention.summary': (s, i) => attentionSummary(s, i.today),
  },
});
