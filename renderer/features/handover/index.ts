import { lazyPage, type Feature } from '../feature.ts';

// The handover pack of a designation: no navigation entry; reached from My desk and from the
// role's card on the Focal points page (#/handover/<designation>). Printable.

export const handoverFeature: Feature = {
  id: 'handover',
  uses: ['onboarding', 'reporting', 'positions'],
  Page: lazyPage(() => import('./HandoverPage.tsx'), 'HandoverPage'),
  namespaces: ['onboarding', 'reporting', 'positions', 'group', 'reference'],
  entities: [],
};
