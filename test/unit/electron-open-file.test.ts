import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundlePathsFromArgv, createFileOpener, readOpenedFile } from '../../electron/open-file.ts';
import { deskCommandSchema } from '../../shared/desk-command-schema.ts';
import { DESK_COMMAND_CHANNEL, MAX_OPENED_BUNDLE_CHARS } from '../../shared/desk-commands.ts';
import { MAX_BUNDLE_FILE_BYTES } from '../../shared/bundle.ts';

// Bundles opened from the system (double-click, "Open with", macOS open-file): which command-line
// arguments are bundles, what the page is told about each file, and that nothing reaches the page
// before it has loaded. 'electron' is mocked: open-file.ts only receives the window's contents.
vi.mock('electron', () => ({}));

let tmp: string;
const at = (name: string) => path.join(tmp, name);
const BUNDLE = '{"format":"synergy-desk-bundle","ops":[]}';

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-open-'));
  fs.writeFileSync(at('from Nairobi.sdbundle'), BUNDLE);
  fs.writeFileSync(at('UPPER.JSON'), BUNDLE);
  fs.writeFileSync(at('notes.txt'), 'not a bundle');
  fs.writeFileSync(at('main.cjs'), '');
  fs.mkdirSync(at('folder.sdbundle'));
  fs.mkdirSync(at('app'));
  // sparse: larger than the cap without writing 100 MB
  fs.closeSync(fs.openSync(at('huge.sdbundle'), 'w'));
  fs.truncateSync(at('huge.sdbundle'), MAX_OPENED_BUNDLE_CHARS + 1);
  fs.closeSync(fs.openSync(at('giant.sdbundle'), 'w'));
  fs.truncateSync(at('giant.sdbundle'), MAX_BUNDLE_FILE_BYTES + 1);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('bundle paths on a command line', () => {
  it('keeps existing .sdbundle and .json files only: not argv[0], flags, the app, other files or missing ones', () => {
    const argv = [
      at('from Nairobi.sdbundle'), // argv[0] is the executable, whatever its name
      '--allow-file-access-from-files',
      '--original-process-start-time=13370000000000000',
      '-psn_0_12345',
      at('app'),
      at('main.cjs'),
      at('notes.txt'),
      at('missing.sdbundle'),
      at('folder.sdbundle'),
      '',
      at('from Nairobi.sdbundle'),
      'UPPER.JSON',
      '--flag=other.sdbundle',
    ];
    expect(bundlePathsFromArgv(argv, tmp, at('app'))).toEqual([at('from Nairobi.sdbundle'), at('UPPER.JSON')]);
  });

  it('the app path itself is never a bundle, even as a .json', () => {
    expect(bundlePathsFromArgv(['electron', at('UPPER.JSON')], tmp, at('UPPER.JSON'))).toEqual([]);
    expect(bundlePathsFromArgv(['synergy-desk'], tmp)).toEqual([]);
    expect(bundlePathsFromArgv([], tmp)).toEqual([]);
  });
});

describe('reading an opened file', () => {
  it('a bundle: its name and text', () => {
    const command = readOpenedFile(at('from Nairobi.sdbundle'));
    expect(command).toEqual({ command: 'open-bundle', fileName: 'from Nairobi.sdbundle', text: BUNDLE });
    expect(deskCommandSchema.parse(command)).toEqual(command);
  });

  it('refused, with the reason: not a bundle, too large, unreadable', () => {
    const cases: [string, string][] = [
      [at('notes.txt'), 'not_a_bundle'],
      [at('main.cjs'), 'not_a_bundle'],
      [at('huge.sdbundle'), 'too_large'],
      [at('missing.sdbundle'), 'unreadable'],
      [at('folder.sdbundle'), 'unreadable'],
    ];
    for (const [file, reason] of cases) {
      const command = readOpenedFile(file);
      expect(command, file).toEqual({ command: 'open-refused', fileName: path.basename(file), reason });
      expect(deskCommandSchema.safeParse(command).success, file).toBe(true);
    }
  });

  it('a bundle too large for one text goes to the core’s uploads once the store is open, and is named by its id', () => {
    const uploaded: string[] = [];
    const upload = (file: string) => {
      uploaded.push(file);
      return '0b0b0b0b-1111-4222-8333-444444444444';
    };
    const command = readOpenedFile(at('huge.sdbundle'), upload);
    expect(command).toEqual({ command: 'open-upload', fileName: 'huge.sdbundle', uploadId: '0b0b0b0b-1111-4222-8333-444444444444' });
    expect(deskCommandSchema.parse(command)).toEqual(command);
    expect(uploaded).toEqual([at('huge.sdbundle')]);
    // a small one is still handed over as text, and one beyond what the desk takes is refused
    expect(readOpenedFile(at('from Nairobi.sdbundle'), upload)).toMatchObject({ command: 'open-bundle' });
    expect(readOpenedFile(at('giant.sdbundle'), upload)).toEqual({ command: 'open-refused', fileName: 'giant.sdbundle', reason: 'too_large' });
    expect(uploaded).toHaveLength(1);
  });
});

describe('handing files to the page', () => {
  function fakeContents() {
    const once = new Map<string, () => void>();
    return {
      send: vi.fn(),
      destroyed: false,
      isDestroyed() {
        return this.destroyed;
      },
      once: vi.fn((event: string, listener: () => void) => {
        once.set(event, listener);
      }),
      load() {
        const listener = once.get('did-finish-load');
        once.delete('did-finish-load');
        listener?.();
      },
    };
  }

  it('files opened before the window or before its page has loaded wait for did-finish-load', () => {
    const opener = createFileOpener();
    opener.open([at('from Nairobi.sdbundle')]); // macOS open-file before 'ready'
    const contents = fakeContents();
    opener.attach(contents);
    opener.open([at('notes.txt')]);
    expect(contents.send).not.toHaveBeenCalled();
    expect(contents.once).toHaveBeenCalledWith('did-finish-load', expect.any(Function));

    contents.load();
    expect(contents.send.mock.calls).toEqual([
      [DESK_COMMAND_CHANNEL, { command: 'open-bundle', fileName: 'from Nairobi.sdbundle', text: BUNDLE }],
      [DESK_COMMAND_CHANNEL, { command: 'open-refused', fileName: 'notes.txt', reason: 'not_a_bundle' }],
    ]);

    // once loaded, at once
    opener.open([at('UPPER.JSON')]);
    expect(contents.send).toHaveBeenCalledTimes(3);
    expect(contents.send.mock.calls[2][1]).toMatchObject({ command: 'open-bundle', fileName: 'UPPER.JSON' });
  });

  it('a closed window keeps the files for the next one', () => {
    const opener = createFileOpener();
    const first = fakeContents();
    opener.attach(first);
    first.load();
    first.destroyed = true;
    opener.open([at('from Nairobi.sdbundle')]);
    expect(first.send).not.toHaveBeenCalled();

    const second = fakeContents();
    opener.attach(second);
    expect(second.send).not.toHaveBeenCalled();
    second.load();
    expect(second.send).toHaveBeenCalledTimes(1);
    expect(first.send).not.toHaveBeenCalled();
  });
});
