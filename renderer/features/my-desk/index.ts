import { lazyPage, type Feature } from '../feature.ts';

/** My desk: the roles of the person who uses this desk, their onboarding, and what is theirs to do. */
export const myDeskFeature: Feature = {
  id: 'my-desk',
  uses: ['onboarding', 'reporting'],
  nav: { labelKey: 'onboarding:desk.nav' },
  Page: lazyPage(() => import('./MyDeskPage.tsx'), 'MyDeskPage'),
  namespaces: ['onboarding', 'reporting', 'group', 'reference'],
  entities: [],
};
