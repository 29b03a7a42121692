import type { Channel, ChannelInput, ChannelOutput, RpcResult } from '../../shared/contract.ts';
import type { ErrorPayload } from '../../shared/errors.ts';
import type { DeskCommand } from '../../shared/desk-commands.ts';

// The renderer's only way to the core. In Electron the preload exposes window.desk.invoke;
// in browser mode calls go to POST /rpc/<channel> with this run's token.

declare global {
  interface Window {
    desk?: {
      invoke(channel: string, input: unknown): Promise<RpcResult<unknown>>;
      onChanges?(listener: (event: { topics: string[]; external: boolean }) => void): () => void;
      onCommand?(listener: (command: DeskCommand) => void): () => void;
      /** Electron only: the page as printed, saved to a PDF the user places */
      printToPDF?(fileName: string): Promise<RpcResult<unknown>>;
    };
  }
}

export class ApiError extends Error {
  constructor(readonly payload: ErrorPayload) {
    super(payload.message);
  }
}

const TOKEN_KEY = 'synergy-desk-token';

/** Takes the token from the address (first load), keeps it for reloads, and removes it from the address bar. */
function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
}

type Transport = (channel: string, input: unknown) => Promise<RpcResult<unknown>>;

function createTransport(): Transport {
  if (typeof window !== 'undefined' && window.desk) return (c, i) => window.desk!.invoke(c, i);
  const token = browserToken();
  return async (channel, input) => {
    let res: Response;
    try {
      res = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Desk-Token': token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'network', message: 'the desk is not reachable' } };
    }
    try {
      return (await res.json()) as RpcResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'network', message: `unexpected answer (${res.status})` } };
    }
  };
}

let transport: Transport | null = null;

/** Sets up the door (in browser mode: takes the token from the address) before the first call or subscription. */
export function ensureTransport(): void {
  transport ??= createTransport();
}

/** For tests: route calls somewhere else (e.g. straight into a core dispatcher). */
export function setTransport(t: Transport): void {
  transport = t;
}

export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  ensureTransport();
  const result = await transport!(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.data as ChannelOutput<C>;
}
