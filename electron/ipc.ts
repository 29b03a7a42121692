import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { ChangeEvent } from '../shared/changes.ts';
import { isAsyncChannel, type RpcResult } from '../shared/contract.ts';
import { AppError } from '../shared/errors.ts';
import type { Dispatcher } from './core/dispatch.ts';
import { isTrustedSender } from './security.ts';

// The Electron door to the core: one IPC channel. The sender must be our own page; the channel
// name and the input are untyped data from the renderer, so they go to dispatchUnknown (or, for the
// few asynchronous channels, to invoke), which validates both against the contract. The handler
// never throws: every failure is a payload.

export const IPC_CHANNEL = 'desk:invoke';
/** main → renderer: the core's change feed (topic names only) */
export const CHANGES_CHANNEL = 'desk:changes';

const internal = (err: unknown): RpcResult<unknown> => ({
  ok: false,
  error: new AppError('internal', `internal error: ${err instanceof Error ? err.message : String(err)}`).toPayload(),
});

export function handleInvoke(
  dispatcher: Dispatcher,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  channel: unknown,
  input: unknown,
): RpcResult<unknown> | Promise<RpcResult<unknown>> {
  try {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: new AppError('bad_sender', 'this call does not come from the Synergy Desk window').toPayload() };
    }
    if (isAsyncChannel(channel)) return dispatcher.invoke(channel, input).catch(internal);
    return dispatcher.dispatchUnknown(channel, input);
  } catch (err) {
    return internal(err);
  }
}

/** Registers the one handler; returns a function that removes it. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatcher: Dispatcher): () => void {
  ipcMain.handle(IPC_CHANNEL, (event, channel: unknown, input: unknown) => handleInvoke(dispatcher, event, channel, input));
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}

/** Pushes the store's change feed to a window while it lives; returns a function that stops. */
export function forwardChanges(changes: { onChange(listener: (event: ChangeEvent) => void): () => void }, contents: Pick<WebContents, 'send' | 'isDestroyed'>): () => void {
  return changes.onChange((event) => {
    if (!contents.isDestroyed()) contents.send(CHANGES_CHANNEL, { topics: event.topics, external: event.external ?? false });
  });
}
