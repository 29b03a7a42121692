import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../electron/core/dispatch.ts';
import { openStore, type Store } from '../../electron/core/store.ts';
import { IPC_CHANNEL, registerIpc } from '../../electron/ipc.ts';

// The IPC door on a real core: a real store in a temp folder, the real dispatcher. 'electron' is
// mocked: ipc.ts only receives ipcMain and never needs the binary.
vi.mock('electron', () => ({}));

type Handler = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => {
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => {
      handlers.delete(channel);
    }),
  };
  return { ipcMain: ipcMain as unknown as IpcMain, spies: ipcMain, handlers };
}

const ours = { senderFrame: { url: 'app://desk/index.html', parent: null } } as unknown as IpcMainInvokeEvent;
const frame = (url: string) => ({ senderFrame: { url, parent: null } }) as unknown as IpcMainInvokeEvent;

describe('ipc: desk:invoke', () => {
  let dir: string;
  let store: Store;
  let dispatcher: Dispatcher;
  let invoke: (event: IpcMainInvokeEvent, channel: unknown, input?: unknown) => Promise<unknown>;
  let fake: ReturnType<typeof fakeIpcMain>;
  let dispose: () => void;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-ipc-'));
    store = await openStore(dir);
    dispatcher = createDispatcher(store, { checkOutput: true });
    fake = fakeIpcMain();
    dispose = registerIpc(fake.ipcMain, dispatcher);
    invoke = async (event, channel, input) => fake.handlers.get(IPC_CHANNEL)!(event, channel, input);
  });
  afterAll(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('registers exactly one handler, on desk:invoke', () => {
    expect(IPC_CHANNEL).toBe('desk:invoke');
    expect(fake.spies.handle).toHaveBeenCalledTimes(1);
    expect([...fake.handlers.keys()]).toEqual(['desk:invoke']);
  });

  it('forwards calls from our window to the core', async () => {
    const info = (await invoke(ours, 'app.info', {})) as { ok: boolean; data: { schemaVersion: number; dataDir: string } };
    expect(info.ok).toBe(true);
    expect(info.data.dataDir).toBe(dir);
    expect(info.data.schemaVersion).toBeGreaterThan(0);

    expect(await invoke(ours, 'settings.update', { country: 'KE' })).toMatchObject({ ok: true, data: { country: 'KE' } });
    expect(await invoke(ours, 'settings.get', {})).toMatchObject({ ok: true, data: { country: 'KE' } });
    // an absent input is an empty one
    expect(await invoke(ours, 'settings.get')).toMatchObject({ ok: true });
  });

  it('answers the asynchronous channels (directory files) too', async () => {
    const csv = await invoke(ours, 'directory.export', { format: 'csv' });
    expect(csv).toMatchObject({ ok: true, data: { mime: 'text/csv;charset=utf-8' } });
    expect(await invoke(ours, 'directory.preview', { fileName: 'x.csv', dataBase64: '' })).toMatchObject({ ok: false, error: { code: 'directory_not_spreadsheet' } });
    expect(await invoke(frame('https://evil.example/'), 'directory.export', { format: 'csv' })).toMatchObject({ ok: false, error: { code: 'bad_sender' } });
  });

  it('rejects wrong shapes with invalid_input, unknown channels with unknown_channel', async () => {
    for (const input of [{ country: 'Kenya' }, { country: 'KE', admin: true }, 'KE', 42, [], { country: null }]) {
      expect(await invoke(ours, 'settings.update', input), JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await invoke(ours, 'settings.update', { country: 'Kenya' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'country', code: 'country_invalid' }] },
    });
    expect(await invoke(ours, 'people.get', { id: "1' OR 1=1 --" })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    for (const channel of ['app.drop', '__proto__', 'constructor', 'desk:invoke', 42, null, undefined, { toString: () => 'app.info' }]) {
      expect(await invoke(ours, channel, {}), String(channel)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    // nothing of that was written
    expect(await invoke(ours, 'settings.get', {})).toMatchObject({ ok: true, data: { country: 'KE' } });
  });

  it('refuses other senders with bad_sender, without reaching the core', async () => {
    const spy = vi.spyOn(dispatcher, 'dispatchUnknown');
    const foreign = [
      frame('https://evil.example/'),
      frame('file:///etc/passwd'),
      frame('app://evil/index.html'),
      frame('http://127.0.0.1:5173/'),
      { senderFrame: null } as unknown as IpcMainInvokeEvent,
      { senderFrame: { url: 'app://desk/index.html', parent: { url: 'https://evil.example/' } } } as unknown as IpcMainInvokeEvent,
    ];
    for (const event of foreign) {
      const result = await invoke(event, 'settings.update', { country: 'FR' });
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_sender' } });
      expect(typeof (result as { error: { message: string } }).error.message).toBe('string');
    }
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(await invoke(ours, 'settings.get', {})).toMatchObject({ ok: true, data: { country: 'KE' } });
  });

  it('never throws: a failing dispatcher becomes an error payload', async () => {
    const broken = fakeIpcMain();
    registerIpc(broken.ipcMain, {
      dispatch: () => {
        throw new Error('boom');
      },
      dispatchUnknown: () => {
        throw new Error('boom');
      },
      invoke: () => {
        throw new Error('boom');
      },
    } as Dispatcher);
    const result = await broken.handlers.get(IPC_CHANNEL)!(ours, 'app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('can be removed', () => {
    dispose();
    expect(fake.spies.removeHandler).toHaveBeenCalledWith('desk:invoke');
    expect(fake.handlers.size).toBe(0);
  });
});
