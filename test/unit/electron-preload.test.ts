import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../electron/ipc.ts';
import { channels } from '../../shared/contract.ts';

// The preload with a mocked 'electron': what it puts in the page, and what it lets through.

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, data: 'from main' })),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

type DeskApi = {
  invoke(channel: unknown, input: unknown): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }>;
  onChanges(listener: (event: unknown) => void): () => void;
  onCommand(listener: (command: unknown) => void): () => void;
};
let desk: DeskApi;

beforeAll(async () => {
  await import('../../electron/preload.ts');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, DeskApi];
  expect(key).toBe('desk');
  desk = api;
});

beforeEach(() => electron.ipcRenderer.invoke.mockClear());

describe('preload', () => {
  it('exposes window.desk with invoke, onChanges, onCommand and printToPDF only (no ipcRenderer, no Node)', () => {
    expect(Object.keys(desk).sort()).toEqual(['invoke', 'onChanges', 'onCommand', 'printToPDF']);
    expect(typeof desk.invoke).toBe('function');
  });

  it('hands the page the change feed’s topic names, never the IPC event, and drops malformed events', () => {
    const seen: unknown[] = [];
    const stop = desk.onChanges((e) => seen.push(e));
    const [channel, handler] = electron.ipcRenderer.on.mock.calls.at(-1) as unknown as [string, (event: unknown, payload: unknown) => void];
    expect(channel).toBe('desk:changes');
    const ipcEvent = { sender: { secret: true } };
    handler(ipcEvent, { topics: ['person'], external: false });
    handler(ipcEvent, { topics: 'person' });
    handler(ipcEvent, { topics: [{ evil: 1 }] });
    handler(ipcEvent, null);
    expect(seen).toEqual([{ topics: ['person'], external: false }]);
    stop();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith('desk:changes', handler);
  });

  // subscribed when the preload ran, before the page could listen
  const commandHandler = () => {
    const call = electron.ipcRenderer.on.mock.calls.find((c) => c[0] === 'desk:command') as unknown as [string, (event: unknown, payload: unknown) => void] | undefined;
    expect(call, 'a desk:command subscription').toBeDefined();
    return call![1];
  };
  const ipcEvent = { sender: { secret: true }, ports: [] };

  it('keeps the shell’s commands that come before the page listens, for its first listener', async () => {
    const handler = commandHandler();
    handler(ipcEvent, { command: 'open-bundle', fileName: 'early.sdbundle', text: '{}' });
    handler(ipcEvent, { command: 'open-bundle', fileName: 'bad' }); // dropped, not kept
    for (let i = 0; i < 20; i++) handler(ipcEvent, { command: 'search' }); // kept up to a cap
    const seen: unknown[] = [];
    const stop = desk.onCommand((command) => seen.push(command));
    expect(seen).toEqual([]); // not inside onCommand: after it has returned
    await Promise.resolve();
    expect(seen[0]).toEqual({ command: 'open-bundle', fileName: 'early.sdbundle', text: '{}' });
    expect(seen.length).toBe(16);
    stop();
  });

  it('hands the page the shell’s commands, checked against deskCommandSchema, never the IPC event', () => {
    const handler = commandHandler();
    const seen: unknown[] = [];
    const stop = desk.onCommand((command) => seen.push(command));
    const good = [
      { command: 'new-record' },
      { command: 'search' },
      { command: 'language', language: 'ar' },
      { command: 'open-bundle', fileName: 'from Nairobi.sdbundle', text: '{}' },
      { command: 'open-refused', fileName: 'notes.txt', reason: 'not_a_bundle' },
    ];
    for (const payload of good) handler(ipcEvent, payload);
    const bad = [
      null,
      undefined,
      'new-record',
      { command: 'rm -rf' },
      { command: 'new-record', extra: 'smuggled' },
      { command: 'language', language: 'de' },
      { command: 'open-bundle', fileName: '', text: '{}' },
      { command: 'open-bundle', fileName: 'x.sdbundle' },
      { command: 'open-refused', fileName: 'x', reason: 'because' },
      { command: 'open-bundle', fileName: 'x'.repeat(256), text: '' },
    ];
    for (const payload of bad) handler(ipcEvent, payload);
    expect(seen).toEqual(good);
    // copies, not the objects that crossed IPC
    expect(seen[0]).not.toBe(good[0]);
    stop();
    handler(ipcEvent, { command: 'print' });
    expect(seen).toHaveLength(good.length);
    // a listener that is not a function gets nothing and breaks nothing
    expect(typeof desk.onCommand('nope' as never)).toBe('function');
  });

  it('forwards every contract channel, and only through desk:invoke', async () => {
    expect(channels.length).toBeGreaterThan(0);
    for (const channel of channels) {
      const input = { probe: channel };
      await expect(desk.invoke(channel, input)).resolves.toEqual({ ok: true, data: 'from main' });
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNEL, channel, input);
    }
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(channels.length);
    expect(IPC_CHANNEL).toBe('desk:invoke');
  });

  it('refuses any other name with an error payload, without calling ipcRenderer', async () => {
    for (const channel of ['app.drop', 'desk:invoke', '__proto__', 'constructor', 'hasOwnProperty', 'toString', 'app.info ', 'APP.INFO', '', 42, null, undefined, { toString: () => 'app.info' }, ['app.info']]) {
      const result = await desk.invoke(channel, {});
      expect(result, String(channel)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('turns a failed send into an error payload instead of a rejection', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    await expect(desk.invoke('app.info', { fn: () => 1 })).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('imports nothing but electron, the contract and the desk commands with their schema (it is bundled for a sandboxed preload)', () => {
    const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../electron/preload.ts'), 'utf8');
    const imports = [...source.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(imports.sort()).toEqual(['../shared/contract.ts', '../shared/desk-command-schema.ts', '../shared/desk-commands.ts', 'electron']);
  });
});
