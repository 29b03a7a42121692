import fs from 'node:fs';
import path from 'node:path';
import type { WebContents } from 'electron';
import { DESK_COMMAND_CHANNEL, MAX_OPENED_BUNDLE_CHARS, type DeskCommand } from '../shared/desk-commands.ts';
import { MAX_BUNDLE_FILE_BYTES } from '../shared/bundle.ts';
import { UPLOAD_FROM_BYTES } from '../shared/model/sync.ts';

// Bundles opened from outside: a double-click on a .sdbundle (Windows and Linux start the app, or a
// second instance, with the path in argv; macOS sends 'open-file', possibly before 'ready'). The
// shell only reads the file and hands its text to the page, which previews it on the Exchange page:
// nothing is imported here. Until the page has loaded, the files wait.

export const BUNDLE_EXTENSIONS = ['.sdbundle', '.json'] as const;

const hasBundleExtension = (file: string) => (BUNDLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The bundle files named on a command line: argv[0] (the executable), flags (Chromium's and ours),
 * the app's own path (`electron .` in development) and anything that is not an existing
 * .sdbundle/.json file are left out. Relative paths are resolved against cwd (a second instance's
 * working directory).
 */
export function bundlePathsFromArgv(argv: readonly string[], cwd: string, appPath?: string): string[] {
  const app = appPath ? path.resolve(appPath) : null;
  return argv
    .slice(1)
    .filter((arg) => arg !== '' && !arg.startsWith('-'))
    .map((arg) => path.resolve(cwd, arg))
    .filter((file) => file !== app && hasBundleExtension(file) && isFile(file));
}

/**
 * What the page is told about one opened file: its text, or why it was not read. With `upload`
 * (the core's, once the store is open), a file too large for one text is copied into the core's
 * uploads and named by its id, as the Exchange page does with a large file it sends.
 */
export function readOpenedFile(file: string, upload?: (file: string) => string): DeskCommand {
  const fileName = path.basename(file).slice(0, 255) || 'bundle';
  if (!hasBundleExtension(file)) return { command: 'open-refused', fileName, reason: 'not_a_bundle' };
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { command: 'open-refused', fileName, reason: 'unreadable' };
    // a byte is at most one character: a file within the cap in bytes is within it in characters
    if (upload && stat.size > UPLOAD_FROM_BYTES) {
      if (stat.size > MAX_BUNDLE_FILE_BYTES) return { command: 'open-refused', fileName, reason: 'too_large' };
      return { command: 'open-upload', fileName, uploadId: upload(file) };
    }
    if (stat.size > MAX_OPENED_BUNDLE_CHARS) return { command: 'open-refused', fileName, reason: 'too_large' };
    const text = fs.readFileSync(file, 'utf8');
    if (text.length > MAX_OPENED_BUNDLE_CHARS) return { command: 'open-refused', fileName, reason: 'too_large' };
    return { command: 'open-bundle', fileName, text };
  } catch {
    return { command: 'open-refused', fileName, reason: 'unreadable' };
  }
}

/** What is used of the window's WebContents. */
export interface PageContents extends Pick<WebContents, 'send' | 'isDestroyed'> {
  once(event: 'did-finish-load', listener: () => void): unknown;
}

export interface FileOpener {
  /** files to hand to the page (now if it has loaded, else once it has) */
  open(files: readonly string[]): void;
  /** the window's contents; the files wait for its 'did-finish-load' */
  attach(contents: PageContents): void;
}

export function createFileOpener(read: (file: string) => DeskCommand = readOpenedFile): FileOpener {
  const waiting: string[] = [];
  let page: PageContents | null = null;

  const flush = () => {
    if (!page || page.isDestroyed()) return;
    for (const file of waiting.splice(0)) page.send(DESK_COMMAND_CHANNEL, read(file));
  };

  return {
    open(files) {
      waiting.push(...files);
      flush();
    },
    attach(contents) {
      page = null;
      contents.once('did-finish-load', () => {
        page = contents;
        flush();
      });
    },
  };
}
