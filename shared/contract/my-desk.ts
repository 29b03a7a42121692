import { myDesk } from '../model/my-desk.ts';
import { todayInput } from '../model/focal-points.ts';
import { read } from './define.ts';

// My desk: one read that the core composes from the areas that know each part.

export const myDeskChannels = {
  'mydesk.get': read(todayInput, myDesk, ['settings', 'person', 'designation', 'onboardingTick', 'report', 'reportPart', 'meeting', 'membership', 'action', 'training']),
};
