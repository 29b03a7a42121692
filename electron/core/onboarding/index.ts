import { onboardingChannels } from '../../../shared/contract/onboarding.ts';
import { defineArea } from '../area.ts';
import { stmt } from '../db/sql.ts';
import { getChecklist, listProgress, tick } from './checklist.ts';
import sql from './migrations/0016_onboarding.ts';

/** The onboarding checklist of each designation: what a newcomer to the role does first, ticked and synced. */
export const onboardingArea = defineArea({
  name: 'onboarding',
  uses: ['focal-points'],
  channels: onboardingChannels,
  handlers: {
    'onboarding.checklist': (s, i) => getChecklist(s, i.designationId),
    'onboarding.progress': (s) => listProgress(s),
    'onboarding.tick': (s, i) => tick(s, i),
  },
  entities: ['onboardingTick'],
  migrations: [{ version: 16, name: '0016_onboarding', sql }],
  describe: {
    // named by the holder and the role; the interface adds the item in words
    onboardingTick: (s, id) => {
      const r = stmt(s.db, 'SELECT p.name, d.roleId FROM onboarding_tick t LEFT JOIN designation d ON d.id = t.designationId LEFT JOIN person p ON p.id = d.personId WHERE t.id = ?').get(id) as
        | { name: string | null; roleId: string | null }
        | undefined;
      return { rowLabel: r?.name ?? null, about: { roleId: r?.roleId ?? null } };
    },
  },
});
