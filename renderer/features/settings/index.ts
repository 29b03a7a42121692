import type { Feature } from '../feature.ts';
import { SettingsPage } from './SettingsPage.tsx';

export const settingsFeature: Feature = {
  id: 'settings',
  nav: { labelKey: 'nav.settings' },
  Page: SettingsPage,
  uses: ['focal-points'],
  namespaces: ['settings'],
  entities: ['settings', 'membership'],
};
