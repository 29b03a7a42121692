import fs from 'node:fs';
import { createDispatcher, type Dispatcher } from '../../electron/core/dispatch.ts';
import { openStore, type Store } from '../../electron/core/store.ts';
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

/** Routes the renderer's api client straight into the core, as JSON would travel over a door. */
export function connectRenderer(core: TestCore): void {
  setTransport(async (channel, input) => JSON.parse(JSON.stringify(await core.dispatcher.invoke(channel, JSON.parse(JSON.stringify(input ?? {}))))));
}
