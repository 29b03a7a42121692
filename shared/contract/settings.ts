import { settings, settingsPatch } from '../model/settings.ts';
import { empty } from './common.ts';
import { read, write } from './define.ts';

export const settingsChannels = {
  'settings.get': read(empty, settings, ['settings']),
  'settings.update': write(settingsPatch, settings, ['settings']),
};
