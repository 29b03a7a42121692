import type { NativeTheme } from 'electron';
import type { Theme } from '../shared/model/settings.ts';

// The window's own parts (title bar, scroll bars, native dialogs) follow the theme chosen in
// Settings as the page does: Electron's themeSource is 'system', 'light' or 'dark', as ours.

export function followTheme(nativeTheme: Pick<NativeTheme, 'themeSource'>, readTheme: () => Theme, onSettingsChange: (listener: () => void) => () => void): () => void {
  const apply = () => {
    const theme = readTheme();
    if (nativeTheme.themeSource !== theme) nativeTheme.themeSource = theme;
  };
  apply();
  return onSettingsChange(apply);
}
