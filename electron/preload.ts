import { contextBridge, ipcRenderer } from 'electron';
import { channels, type RpcResult } from '../shared/contract.ts';
import { deskCommandSchema, type DeskCommand } from '../shared/desk-command-schema.ts';
import { DESK_COMMAND_CHANNEL } from '../shared/desk-commands.ts';

// The sandboxed preload: the page gets window.desk.invoke(channel, input), onChanges(listener)
// (the core's change feed), onCommand(listener) (the menu's commands and opened bundles),
// printToPDF(fileName) and nothing else. Only channel names of the contract are forwarded (the
// main process checks again, with the sender and the input); the feeds hand the page the checked
// payload only, never the IPC event object. Bundled to dist-electron/preload.cjs as CommonJS with only 'electron' left as a
// require, as a sandboxed preload needs.

const IPC_CHANNEL = 'desk:invoke'; // = IPC_CHANNEL in ipc.ts (not imported: that module is main-process code)
const CHANGES_CHANNEL = 'desk:changes'; // = CHANGES_CHANNEL in ipc.ts
const PRINT_CHANNEL = 'desk:printToPDF'; // = PRINT_CHANNEL in print.ts
const allowed: ReadonlySet<string> = new Set<string>(channels);

type Invoke = (ipcChannel: string, channel: string, input: unknown) => Promise<unknown>;
type Subscribe = (ipcChannel: string, listener: (payload: unknown) => void) => () => void;
type ChangeListener = (event: { topics: string[]; external: boolean }) => void;
type CommandListener = (command: DeskCommand) => void;

function failure(code: string, message: string): RpcResult<never> {
  return { ok: false, error: { code, message } };
}

/** Only a well-formed event reaches the page: a list of short names. */
function cleanEvent(payload: unknown): { topics: string[]; external: boolean } | null {
  const p = payload as { topics?: unknown; external?: unknown } | null;
  if (!p || !Array.isArray(p.topics) || !p.topics.every((t) => typeof t === 'string' && t.length < 64)) return null;
  return { topics: [...(p.topics as string[])], external: p.external === true };
}

/** At most this many commands wait for the page's first listener (a few opened bundles). */
const MAX_EARLY_COMMANDS = 16;

/**
 * The command feed, subscribed from the start: a bundle sent after 'did-finish-load' may arrive
 * before the page has subscribed (its scripts start asynchronously), and ipcRenderer keeps nothing
 * for late listeners. So what comes while no one listens waits, and goes to the next listener.
 */
function createCommandFeed(subscribe: Subscribe): (listener: CommandListener) => () => void {
  const listeners = new Set<CommandListener>();
  const early: DeskCommand[] = [];
  subscribe(DESK_COMMAND_CHANNEL, (payload) => {
    const parsed = deskCommandSchema.safeParse(payload);
    if (!parsed.success) return;
    if (listeners.size > 0) for (const listener of listeners) listener(parsed.data);
    else if (early.length < MAX_EARLY_COMMANDS) early.push(parsed.data);
  });
  return (listener) => {
    if (typeof listener !== 'function') return () => {};
    listeners.add(listener);
    const waiting = early.splice(0);
    // after onCommand has returned, as any later command would come
    if (waiting.length > 0) queueMicrotask(() => waiting.forEach((command) => listener(command)));
    return () => {
      listeners.delete(listener);
    };
  };
}

export function createDeskApi(invoke: Invoke, subscribe: Subscribe) {
  const onCommand = createCommandFeed(subscribe);
  return {
    onChanges(listener: ChangeListener): () => void {
      if (typeof listener !== 'function') return () => {};
      return subscribe(CHANGES_CHANNEL, (payload) => {
        const event = cleanEvent(payload);
        if (event) listener(event);
      });
    },
    /**
     * the shell's commands (menu items, their shortcuts, opened bundles), checked with
     * deskCommandSchema (anything else is dropped); those that came before any listener, to the first
     */
    onCommand(listener: CommandListener): () => void {
      return onCommand(listener);
    },
    /** saves the page as printed to a PDF the user places; only a file name goes to the main process */
    printToPDF(fileName: unknown): Promise<RpcResult<unknown>> {
      const name = typeof fileName === 'string' ? fileName.slice(0, 120) : '';
      return invoke(PRINT_CHANNEL, name, undefined).then(
        (result) => result as RpcResult<unknown>,
        (err: unknown) => failure('internal', `the call could not be sent: ${err instanceof Error ? err.message : String(err)}`),
      );
    },
    invoke(channel: unknown, input: unknown): Promise<RpcResult<unknown>> {
      if (typeof channel !== 'string' || !allowed.has(channel)) {
        return Promise.resolve(failure('unknown_channel', `unknown channel ${String(channel).slice(0, 80)}`));
      }
      return invoke(IPC_CHANNEL, channel, input).then(
        (result) => result as RpcResult<unknown>,
        (err: unknown) => failure('internal', `the call could not be sent: ${err instanceof Error ? err.message : String(err)}`),
      );
    },
  };
}

contextBridge.exposeInMainWorld(
  'desk',
  createDeskApi(
    (ipcChannel, channel, input) => ipcRenderer.invoke(ipcChannel, channel, input),
    (ipcChannel, listener) => {
      const handler = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(ipcChannel, handler);
      return () => ipcRenderer.removeListener(ipcChannel, handler);
    },
  ),
);
