import type { Feature } from '../feature.ts';
import { SyncPage } from './SyncPage.tsx';

export const syncFeature: Feature = {
  id: 'sync',
  nav: { labelKey: 'nav.sync' },
  Page: SyncPage,
  entities: ['imports', 'exports', 'peers', 'settings', 'syncFolder'],
  namespaces: ['sync', 'errors'],
};
