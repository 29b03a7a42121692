import type { Feature } from '../feature.ts';
import { SettingsPage } from './SettingsPage.tsx';

export const settingsFeature: Feature = {
  id: 'settings',
  nav: { labelKey: 'nav.settings' },
  Page: SettingsPage,
  uses: ['focal-points', 'sample'],
  namespaces: ['settings', 'sample'],
  entities: ['settings', 'membership', 'backups'],
};
