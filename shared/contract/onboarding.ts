import { z } from 'zod';
import { checklist, designationProgress, tickInput } from '../model/onboarding.ts';
import { empty } from './common.ts';
import { read, write } from './define.ts';

// The onboarding checklist of a designation: its items (common and its role's) with what is done,
// ticked on any desk and synced.

const shown = ['onboardingTick', 'designation', 'person'] as const;

export const onboardingChannels = {
  'onboarding.checklist': read(z.strictObject({ designationId: z.uuid() }), checklist, shown),
  /** how far every designation still running has come (the focal-points page shows it per holder) */
  'onboarding.progress': read(empty, z.array(designationProgress), shown),
  'onboarding.tick': write(tickInput, checklist),
};
