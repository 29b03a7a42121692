import { lazyPage, type Feature } from '../feature.ts';

export const settingsFeature: Feature = {
  id: 'settings',
  nav: { labelKey: 'nav.settings' },
  Page: lazyPage(() => import('./SettingsPage.tsx'), 'SettingsPage'),
  uses: ['focal-points', 'sample'],
  namespaces: ['settings', 'sample'],
  entities: ['settings', 'membership', 'backups'],
};
