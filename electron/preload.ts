import { contextBridge, ipcRenderer } from 'electron';
import { channels, type RpcResult } from '../shared/contract.ts';

// The sandboxed preload: the page gets window.desk.invoke(channel, input) and nothing else. Only
// channel names of the contract are forwarded (the main process checks again, with the sender and
// the input). Bundled to dist-electron/preload.cjs as CommonJS with only 'electron' left as a
// require, as a sandboxed preload needs.

const IPC_CHANNEL = 'desk:invoke'; // = IPC_CHANNEL in ipc.ts (not imported: that module is main-process code)
const allowed: ReadonlySet<string> = new Set<string>(channels);

type Invoke = (ipcChannel: string, channel: string, input: unknown) => Promise<unknown>;

function failure(code: string, message: string): RpcResult<never> {
  return { ok: false, error: { code, message } };
}

export function createDeskApi(invoke: Invoke) {
  return {
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

contextBridge.exposeInMainWorld('desk', createDeskApi((ipcChannel, channel, input) => ipcRenderer.invoke(ipcChannel, channel, input)));
