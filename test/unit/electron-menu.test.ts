import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { installAppMenu, menuTemplate, type MenuSettings } from '../../electron/menu.ts';
import { deskCommandSchema } from '../../shared/desk-command-schema.ts';
import { type DeskCommand } from '../../shared/desk-commands.ts';
import { LANGUAGES, type Language } from '../../shared/i18n-languages.ts';
import enMenu from '../../locales/en/menu.json' with { type: 'json' };

// The application menu's template (menu.ts takes the Electron Menu it fills, so 'electron' itself
// is mocked): the items, their shortcuts, the command each sends, the language radio, the
// development items only outside a package, the labels in the interface language, the rebuild
// when the language setting changes.
vi.mock('electron', () => ({}));

type Item = MenuItemConstructorOptions;

function template(overrides: Partial<MenuSettings> = {}) {
  const sent: DeskCommand[] = [];
  const items = menuTemplate({ language: 'en', platform: 'linux', isPackaged: false, appName: 'Synergy Desk', send: (c) => sent.push(c), ...overrides });
  return { items, sent };
}

const submenu = (item: Item | undefined): Item[] => (Array.isArray(item?.submenu) ? (item.submenu as Item[]) : []);
const find = (items: Item[], label: string) => items.find((i) => i.label === label);
/** every item, submenus included */
const all = (items: Item[]): Item[] => items.flatMap((i) => [i, ...all(submenu(i))]);
const click = (item: Item | undefined) => (item?.click as unknown as (() => void) | undefined)?.();

describe('application menu', () => {
  it('File: new record, import, export, print, settings and quit, with their shortcuts and commands', () => {
    const { items, sent } = template();
    expect(items.map((i) => i.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const file = submenu(find(items, 'File'));
    const expected: [string, string, DeskCommand][] = [
      ['New record', 'CmdOrCtrl+N', { command: 'new-record' }],
      ['Import bundle…', 'CmdOrCtrl+O', { command: 'import-bundle' }],
      ['Export bundle…', 'CmdOrCtrl+E', { command: 'export-bundle' }],
      ['Print…', 'CmdOrCtrl+P', { command: 'print' }],
      ['Settings…', 'CmdOrCtrl+,', { command: 'settings' }],
    ];
    for (const [label, accelerator, command] of expected) {
      const item = find(file, label);
      expect(item?.accelerator, label).toBe(accelerator);
      sent.length = 0;
      click(item);
      expect(sent, label).toEqual([command]);
      expect(deskCommandSchema.parse(sent[0])).toEqual(command);
    }
    expect(file.at(-1)).toMatchObject({ role: 'quit', label: 'Quit Synergy Desk' });
  });

  it('Edit has the standard roles; View has search, the languages, zoom and full screen', () => {
    const { items, sent } = template();
    expect(submenu(find(items, 'Edit')).map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    const view = submenu(find(items, 'View'));
    const search = find(view, 'Search');
    expect(search?.accelerator).toBe('CmdOrCtrl+F');
    click(search);
    expect(sent).toEqual([{ command: 'search' }]);
    expect(view.map((i) => i.role).filter(Boolean)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    expect(submenu(find(items, 'Help')).map((i) => i.role)).toEqual(['about']);
  });

  it('the language submenu: six radio items in their own names, the current one checked, each sending its language', () => {
    const { items, sent } = template({ language: 'ar' });
    const view = submenu(items[2]);
    const languages = submenu(view.find((i) => Array.isArray(i.submenu)));
    expect(languages.map((i) => i.type)).toEqual(LANGUAGES.map(() => 'radio'));
    expect(languages.map((i) => i.label)).toEqual(['English', 'Français', 'Español', 'العربية', 'Русский', '中文']);
    expect(languages.filter((i) => i.checked).map((i) => i.label)).toEqual(['العربية']);
    for (const item of languages) click(item);
    expect(sent).toEqual(LANGUAGES.map((language) => ({ command: 'language', language })));
    for (const command of sent) expect(deskCommandSchema.safeParse(command).success).toBe(true);
  });

  it('reload and the developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) => all(template({ isPackaged }).items).map((i) => i.role);
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const packaged = all(template({ isPackaged: true, platform }).items).map((i) => i.role);
      expect(packaged, platform).not.toContain('toggleDevTools');
      expect(packaged, platform).not.toContain('reload');
      expect(packaged, platform).not.toContain('forceReload');
    }
  });

  it('on macOS: the app menu holds About, Settings (Cmd+,) and Quit; File has neither; a Window menu', () => {
    const { items, sent } = template({ platform: 'darwin' });
    expect(items.map((i) => i.label)).toEqual(['Synergy Desk', 'File', 'Edit', 'View', 'Window', 'Help']);
    const appMenu = submenu(items[0]);
    expect(appMenu.map((i) => i.role).filter(Boolean)).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    const settings = find(appMenu, 'Settings…');
    expect(settings?.accelerator).toBe('CmdOrCtrl+,');
    click(settings);
    expect(sent).toEqual([{ command: 'settings' }]);
    const file = submenu(items[1]);
    expect(find(file, 'Settings…')).toBeUndefined();
    expect(file.map((i) => i.role)).not.toContain('quit');
    expect(items[4].role).toBe('window');
  });

  it('is written in the interface language', () => {
    const fr = template({ language: 'fr' }).items;
    expect(fr.map((i) => i.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(submenu(fr[0])[0]).toMatchObject({ label: 'Nouvelle fiche', accelerator: 'CmdOrCtrl+N' });
    expect(submenu(fr[0]).at(-1)?.label).toBe('Quitter Synergy Desk');
    expect(template({ language: 'zh' }).items.map((i) => i.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    // no label falls back to its key (a missing translation) on any platform
    const keys = new Set(Object.keys(enMenu));
    for (const language of LANGUAGES) {
      for (const platform of ['linux', 'darwin'] as const) {
        const labels = all(template({ language, platform }).items).filter((i) => i.type !== 'separator').map((i) => i.label);
        expect(labels.every((l) => typeof l === 'string' && l.length > 0 && !keys.has(l) && !l.startsWith('languages.') && !l.includes('{{')), `${language} ${platform}: ${labels.join(', ')}`).toBe(true);
      }
    }
  });
});

describe('installAppMenu', () => {
  function fakeMenu() {
    return {
      buildFromTemplate: vi.fn((items: Item[]) => ({ items }) as never),
      setApplicationMenu: vi.fn(),
    };
  }

  it('sets the menu, and sets it again in the new language when the language setting changes', () => {
    const Menu = fakeMenu();
    let language: Language = 'en';
    let changed: (() => void) | undefined;
    const stop = vi.fn();
    const dispose = installAppMenu({
      Menu,
      platform: 'linux',
      isPackaged: true,
      appName: 'Synergy Desk',
      send: () => {},
      readLanguage: () => language,
      onSettingsChange: (listener) => {
        changed = listener;
        return stop;
      },
    });
    const labels = () => (Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as unknown as { items: Item[] }).items.map((i) => i.label);
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(labels()).toEqual(['File', 'Edit', 'View', 'Help']);

    // another setting changed: the menu stays as it is
    changed!();
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);

    language = 'ru';
    changed!();
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    expect(labels()).toEqual(['Файл', 'Правка', 'Вид', 'Справка']);

    dispose();
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
