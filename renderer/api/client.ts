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
  early.clear();
}

// Reads asked for before any view exists: the first screen's, sent while the scripts are still
// being evaluated (app/first-reads.ts). The first call with the same channel and input takes the
// answer, once; an answer not taken within EARLY_KEEP_MS is dropped, as it may be stale by then.
const EARLY_KEEP_MS = 3000;
const early = new Map<string, { channel: Channel; input: unknown; at: number; answer: Promise<RpcResult<unknown>> }>();
/** the reads sent early and not taken yet, in order */
export const earlyReads = (): readonly { channel: Channel; input: unknown }[] => [...early.values()];
const earlyKey = (channel: string, input: unknown) => `${channel}\u0000${JSON.stringify(input ?? {})}`;

/** Sends a read now; the first `call` of this channel with an equal input gets its answer. */
export function readEarly<C extends Channel>(channel: C, input: ChannelInput<C>): void {
  ensureTransport();
  early.set(earlyKey(channel, input), { channel, input, at: performance.now(), answer: transport!(channel, input) });
}

/** The answer of an early read of this channel and input, left in place for the call that takes it. */
export function peekEarly(channel: string, input: unknown): Promise<RpcResult<unknown>> | null {
  if (early.size === 0) return null;
  const found = early.get(earlyKey(channel, input));
  return found && performance.now() - found.at < EARLY_KEEP_MS ? found.answer : null;
}

function takeEarly(channel: string, input: unknown): Promise<RpcResult<unknown>> | null {
  const answer = peekEarly(channel, input);
  if (early.size) early.delete(earlyKey(channel, input));
  return answer;
}

export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  ensureTransport();
  const result = await (takeEarly(channel, input) ?? transport!(channel, input));
  if (!result.ok) throw new ApiError(result.error);
  return result.data as ChannelOutput<C>;
}
