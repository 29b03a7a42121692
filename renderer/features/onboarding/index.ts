import type { Feature } from '../feature.ts';
import { itemKeyOfTick, itemText, roleName } from './labels.ts';

export { OnboardingChecklist } from './OnboardingChecklist.tsx';
export { RoleOnboarding } from './RoleOnboarding.tsx';
export { seatName } from './labels.ts';

/** The onboarding checklist of a designation: no page of its own; shown on the role's card, on My desk and in the handover pack. */
export const onboardingFeature: Feature = {
  id: 'onboarding',
  namespaces: ['onboarding', 'reference', 'basis'],
  entities: ['onboardingTick'],
  entityViews: {
    onboardingTick: {
      name: 'onboarding:entities.onboardingTick',
      fieldKeys: 'onboarding:fields',
      subject: (t, item) => [item.rowLabel, item.about.roleId && roleName(t, item.about.roleId), itemText(t, itemKeyOfTick(item.id))].filter(Boolean).join(' · '),
      value: (t, field, value) => (field === 'itemKey' && typeof value === 'string' ? itemText(t, value) : null),
    },
  },
};
