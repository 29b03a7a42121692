// What the desktop shell asks of the page: an application-menu item or its shortcut, or a bundle
// opened by double-click (file association, macOS open-file, a second instance's arguments). The
// Electron main process sends these over 'desk:command'; the preload checks them with this schema
// before the page sees them (desk-command-schema.ts). In browser mode the same commands come from keyboard shortcuts and
// drag-and-drop (renderer/app/commands.ts), so both doors do the same thing.

export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;

/** The largest bundle the shell hands the page (the core's bundle cap is the same). */
export const MAX_OPENED_BUNDLE_CHARS = 100 * 1024 * 1024;

export const simpleDeskCommands = ['new-record', 'search', 'import-bundle', 'export-bundle', 'settings', 'print'] as const;
export type SimpleDeskCommand = (typeof simpleDeskCommands)[number];

export type { DeskCommand } from './desk-command-schema.ts';

/** The IPC channel, main → window, that carries these commands (the preload subscribes to it). */
export const DESK_COMMAND_CHANNEL = 'desk:command';

/**
 * The shortcuts of the commands: Ctrl (⌘ on macOS) with the key, in the Electron menu and, where
 * the browser leaves the key to the page, in browser mode. Ctrl+N belongs to the browser (a new
 * window), so browser mode also takes Alt+Shift+N for a new record.
 */
export const SHORTCUTS: readonly { command: SimpleDeskCommand; key: string; browserAlternative?: string }[] = [
  { command: 'new-record', key: 'N', browserAlternative: 'Alt+Shift+N' },
  { command: 'search', key: 'F' },
  { command: 'import-bundle', key: 'O' },
  { command: 'export-bundle', key: 'E' },
  { command: 'print', key: 'P' },
  { command: 'settings', key: ',' },
];
