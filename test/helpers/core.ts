import fs from 'node:fs';
import { createDispatcher, type Dispatcher } from '../../electron/core/dispatch.ts';
import { openStore, type Store } from '../../electron/core/store.ts';
import { setChangeSource } from '../../renderer/api/changes.ts';
import { setTransport } from '../../renderer/api/client.ts';
import { tempDir } from './app-server.ts';

export interface TestCore {
  store: Store;
  dispatcher: Dispatcher;
  dir: string;
  close(): void;
}

/** A real core on a real SQLite file in a temp folder. */
export async function openTestCore(): Promise<TestCore> {
  const dir = tempDir('sd-core-');
  const store = await openStore(dir);
  return {
    store,
    dispatcher: createDispatcher(store, { checkOutput: true }),
    dir,
    close() {
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Routes the renderer's api client straight into the core, as JSON would travel over a door, and its change feed back. */
export function connectRenderer(core: TestCore): void {
  setTransport(async (channel, input) => JSON.parse(JSON.stringify(await core.dispatcher.invoke(channel, JSON.parse(JSON.stringify(input ?? {}))))));
  setChangeSource((listener) => core.store.onChange((event) => listener(JSON.parse(JSON.stringify(event)))));
}

/** A synchronous call straight into a core (to arrange a test), failing the test on an error. */
export function callCore<T>(core: TestCore, channel: string, input: unknown): T {
  const r = core.dispatcher.dispatchUnknown(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data as T;
}
