import { lazyPage, type Feature } from '../feature.ts';

export const syncFeature: Feature = {
  id: 'sync',
  nav: { labelKey: 'nav.sync' },
  Page: lazyPage(() => import('./SyncPage.tsx'), 'SyncPage'),
  entities: ['imports', 'exports', 'peers', 'settings', 'syncFolder'],
  namespaces: ['sync', 'errors'],
};
