import { create } from 'zustand';
import type { Language } from '../../shared/i18n-languages.ts';
import type { Settings, Theme } from '../../shared/model/settings.ts';
import { call } from '../api/client.ts';
import { changeLanguage } from '../i18n/index.ts';
import { onTopics } from './changes.ts';
import { applyTheme } from './theme.ts';

interface SettingsState {
  settings: Settings | null;
  load(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  setCountry(country: string): Promise<void>;
  setUp(country: string, deviceLabel: string): Promise<void>;
  setLabel(deviceLabel: string): Promise<void>;
  setTheme(theme: Theme): Promise<void>;
}

export const useSettings = create<SettingsState>((set) => ({
  settings: null,
  async load() {
    const settings = await call('settings.get', {});
    await changeLanguage(settings.language);
    applyTheme(settings.theme);
    set({ settings });
  },
  async setLanguage(language) {
    await changeLanguage(language);
    set({ settings: await call('settings.update', { language }) });
  },
  async setCountry(country) {
    set({ settings: await call('settings.update', { country }) });
  },
  async setUp(country, deviceLabel) {
    set({ settings: await call('settings.update', { country, deviceLabel }) });
  },
  async setLabel(deviceLabel) {
    set({ settings: await call('settings.update', { deviceLabel }) });
  },
  async setTheme(theme) {
    applyTheme(theme);
    set({ settings: await call('settings.update', { theme }) });
  },
}));

// the desk's label or country changed in another window, or by the CLI
onTopics(['settings'], () => {
  if (useSettings.getState().settings) void useSettings.getState().load().catch(() => {});
});
