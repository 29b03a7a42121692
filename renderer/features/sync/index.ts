import type { Feature } from '../feature.ts';
import { SyncPage } from './SyncPage.tsx';

export const syncFeature: Feature = {
  id: 'sync',
  nav: { labelKey: 'nav.sync' },
  Page: SyncPage,
  namespaces: ['sync'],
  entities: ['imports', 'exports', 'peers', 'settings'],
};
