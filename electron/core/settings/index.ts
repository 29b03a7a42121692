import { settingsChannels } from '../../../shared/contract/settings.ts';
import { defineArea } from '../area.ts';
import { getSettings } from '../db/local-settings.ts';
import { updateSettings } from './service.ts';

/** This desk's country, label and language (local, not synced). */
export const settingsArea = defineArea({
  name: 'settings',
  channels: settingsChannels,
  handlers: {
    'settings.get': (s) => getSettings(s),
    'settings.update': (s, i) => updateSettings(s, i),
  },
});
