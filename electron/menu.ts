import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { DeskCommand, SimpleDeskCommand } from '../shared/desk-commands.ts';
import { LANGUAGES, type Language } from '../shared/i18n-languages.ts';
import { coreText } from './core/i18n/texts.ts';

// The application menu and its shortcuts, in the interface language (locales/<lng>/menu.json, read
// through the core's text loader). The app's own items only send a DeskCommand to the page, which
// does the same as for its browser-mode shortcut; the standard items (edit, zoom, full screen) are
// Electron roles. Reload and the developer tools exist only in development: a packaged app has
// neither. Only type imports from 'electron': tests hand in fakes.

export interface MenuSettings {
  language: Language;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  /** hands a command to the page of the focused window */
  send(command: DeskCommand): void;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

export function menuTemplate(s: MenuSettings): Item[] {
  const t = (key: string) => coreText(s.language, 'menu', key, { appName: s.appName });
  const mac = s.platform === 'darwin';
  const command = (key: string, name: SimpleDeskCommand, accelerator?: string): Item => ({
    label: t(key),
    ...(accelerator ? { accelerator } : {}),
    click: () => s.send({ command: name }),
  });
  const role = (name: NonNullable<Item['role']>, key: string): Item => ({ role: name, label: t(key) });
  const settings = command('settings', 'settings', 'CmdOrCtrl+,');
  const about = role('about', 'about');
  const quit = role('quit', 'quit');

  const appMenu: Item = {
    label: s.appName,
    submenu: [about, separator, settings, separator, role('services', 'services'), separator, role('hide', 'hide'), role('hideOthers', 'hideOthers'), role('unhide', 'showAll'), separator, quit],
  };
  const file: Item = {
    label: t('file'),
    submenu: [
      command('newRecord', 'new-record', 'CmdOrCtrl+N'),
      separator,
      command('importBundle', 'import-bundle', 'CmdOrCtrl+O'),
      command('exportBundle', 'export-bundle', 'CmdOrCtrl+E'),
      separator,
      command('print', 'print', 'CmdOrCtrl+P'),
      separator,
      // on macOS Settings and Quit live in the app menu
      ...(mac ? [role('close', 'close')] : [settings, separator, quit]),
    ],
  };
  const edit: Item = {
    label: t('edit'),
    submenu: [role('undo', 'undo'), role('redo', 'redo'), separator, role('cut', 'cut'), role('copy', 'copy'), role('paste', 'paste'), role('selectAll', 'selectAll')],
  };
  const languages: Item = {
    label: t('language'),
    submenu: LANGUAGES.map((language) => ({
      type: 'radio' as const,
      label: t(`languages.${language}`),
      checked: language === s.language,
      click: () => s.send({ command: 'language', language }),
    })),
  };
  const development: Item[] = s.isPackaged ? [] : [role('reload', 'reload'), role('forceReload', 'forceReload'), role('toggleDevTools', 'toggleDevTools'), separator];
  const view: Item = {
    label: t('view'),
    submenu: [
      command('search', 'search', 'CmdOrCtrl+F'),
      separator,
      languages,
      separator,
      ...development,
      role('resetZoom', 'resetZoom'),
      role('zoomIn', 'zoomIn'),
      role('zoomOut', 'zoomOut'),
      separator,
      role('togglefullscreen', 'toggleFullScreen'),
    ],
  };
  const windowMenu: Item = { label: t('window'), role: 'window', submenu: [role('minimize', 'minimize'), role('zoom', 'zoom'), separator, role('front', 'front')] };
  const help: Item = { label: t('help'), role: 'help', submenu: [about] };

  return mac ? [appMenu, file, edit, view, windowMenu, help] : [file, edit, view, help];
}

export interface AppMenuOptions extends Omit<MenuSettings, 'language'> {
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  /** the interface language as the store has it now */
  readLanguage(): Language;
  /** calls back after the settings changed (returns a function that stops) */
  onSettingsChange(listener: () => void): () => void;
}

/** Sets the application menu, and sets it again in the new language whenever the language setting changes. */
export function installAppMenu(options: AppMenuOptions): () => void {
  let language = options.readLanguage();
  const build = () => options.Menu.setApplicationMenu(options.Menu.buildFromTemplate(menuTemplate({ ...options, language })));
  build();
  return options.onSettingsChange(() => {
    const next = options.readLanguage();
    if (next === language) return;
    language = next;
    build();
  });
}
