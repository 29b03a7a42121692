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
  it('exposes window.desk with invoke, onChanges and printToPDF only (no ipcRenderer, no Node)', () => {
    expect(Object.keys(desk).sort()).toEqual(['invoke', 'onChanges', 'printToPDF']);
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

  it('imports nothing but electron and the contract (it is bundled for a sandboxed preload)', () => {
    const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../electron/preload.ts'), 'utf8');
    const imports = [...source.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(imports.sort()).toEqual(['../shared/contract.ts', 'electron']);
  });
});
