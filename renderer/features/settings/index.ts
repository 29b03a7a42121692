import { lazyPage, type Feature } from '../feature.ts';
import { StoreHealthBanner } from './StoreHealthBanner.tsx';

export const settingsFeature: Feature = {
  id: 'settings',
  nav: { labelKey: 'nav.settings' },
  Page: lazyPage(() => import('./SettingsPage.tsx'), 'SettingsPage'),
  Banner: StoreHealthBanner,
  uses: ['focal-points', 'sample'],
  namespaces: ['settings', 'sample'],
  entities: ['settings', 'membership', 'backups'],
};
