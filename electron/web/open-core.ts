import { createDispatcher, type Dispatcher } from '../core/dispatch.ts';
import { startAreas } from '../core/areas.ts';
import { openStore, type Store } from '../core/store.ts';
import { CHECK_AT_OPEN_BYTES } from '../core/db/open.ts';

/** CHECK_AT_OPEN_BYTES, or SYNERGY_DESK_CHECK_AT_OPEN_BYTES (the tests lower it to see the background check) */
function checkAtOpenBytes(): number {
  const v = Number(process.env.SYNERGY_DESK_CHECK_AT_OPEN_BYTES);
  return Number.isInteger(v) && v >= 0 ? v : CHECK_AT_OPEN_BYTES;
}

export interface OpenCore {
  store: Store;
  dispatcher: Dispatcher;
  stop(): void;
}

/** The core of browser mode: the store opened (a large one at once, checked in the background), its dispatcher and the areas' own work. */
export async function openCore(dataDir: string): Promise<OpenCore> {
  const store = await openStore(dataDir, { checkAtOpenBytes: checkAtOpenBytes() });
  const dispatcher = createDispatcher(store);
  // the CLI (or another tool) importing into this store while the page is open
  store.watchOtherProcesses();
  // the areas' own work: the sync folder's watcher
  const stopAreas = startAreas(store);
  return {
    store,
    dispatcher,
    stop: () => {
      stopAreas();
      store.close();
    },
  };
}
