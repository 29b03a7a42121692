import { z } from 'zod';
import { contract, isAsyncChannel, isChannel, type Channel, type ChannelInput, type ChannelOutput, type RpcResult } from '../../shared/contract.ts';
import type { ChannelSpec } from '../../shared/contract/define.ts';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import { MESSAGE_KEYS } from '../../shared/model/fields.ts';
import { areas } from './areas.ts';
import { storePath } from './db/open.ts';
import type { Store } from './store.ts';

// The single entrance to the core. Every door calls dispatch; it validates the input against the
// contract, runs the area's handler, and turns every failure into a translatable error payload.
// After a write, the store's change feed says what changed (entities from the op log, local state
// from the channel's declaration).

type AnyHandler = (store: Store, input: unknown) => unknown;

/** Every area's handlers in one map; each contract channel must have exactly one. */
export function handlerMap(list: typeof areas = areas): Map<string, AnyHandler> {
  const map = new Map<string, AnyHandler>();
  for (const area of list) {
    for (const [channel, handler] of Object.entries(area.handlers)) {
      if (map.has(channel)) throw new Error(`channel ${channel} is declared by two areas`);
      map.set(channel, handler as AnyHandler);
    }
  }
  const missing = Object.keys(contract).filter((c) => !map.has(c));
  if (missing.length) throw new Error(`no area handles ${missing.join(', ')}`);
  return map;
}

const handlers = handlerMap();

const KNOWN = new Set<string>(MESSAGE_KEYS);

export function zodIssues(err: z.ZodError): FieldIssue[] {
  return err.issues.map((i) => ({
    path: [...i.path.map(String), ...(i.code === 'unrecognized_keys' ? [i.keys.join(',')] : [])].join('.'),
    code: KNOWN.has(i.message) ? i.message : i.code === 'unrecognized_keys' ? 'unknown_field' : 'invalid',
  }));
}

export interface Dispatcher {
  /** synchronous channels; an asynchronous one (contract.ts asyncChannels) is refused: use invoke */
  dispatch<C extends Channel>(channel: C, input: ChannelInput<C>): RpcResult<ChannelOutput<C>>;
  /** for doors that receive untyped data and answer at once (CLI); as dispatch, synchronous channels only */
  dispatchUnknown(channel: unknown, input: unknown): RpcResult<unknown>;
  /** every channel, synchronous or not: the doors that can wait (IPC, HTTP) and callers of asynchronous channels */
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<RpcResult<ChannelOutput<C>>>;
  invoke(channel: unknown, input: unknown): Promise<RpcResult<unknown>>;
}

export function createDispatcher(store: Store, options: { checkOutput?: boolean } = {}): Dispatcher {
  const run = (channel: unknown, input: unknown): RpcResult<unknown> | Promise<RpcResult<unknown>> => {
    try {
      if (!isChannel(channel)) throw new AppError('unknown_channel', `unknown channel ${String(channel).slice(0, 80)}`, { channel: String(channel).slice(0, 80) });
      const spec = contract[channel];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new AppError('invalid_input', `invalid input for ${channel}`, { channel }, zodIssues(parsed.error));
      }
      // a store found damaged after it opened takes no more writes, except the restore that repairs it
      if (spec.kind === 'write' && store.writeRefusal && !(spec as ChannelSpec).repairs) throw store.writeRefusal;
      const data = handlers.get(channel)!(store, parsed.data);
      const done = (value: unknown): RpcResult<unknown> => {
        if (options.checkOutput) spec.output.parse(value);
        const declared = (spec as ChannelSpec).changes;
        if (declared?.length) store.emitChange(declared);
        return { ok: true, data: value };
      };
      if (data instanceof Promise) return data.then(done).catch((err: unknown) => ({ ok: false, error: toPayload(damageFound(store, err) ?? err) }));
      return done(data);
    } catch (err) {
      return { ok: false, error: toPayload(damageFound(store, err) ?? err) };
    }
  };
  const dispatchUnknown = (channel: unknown, input: unknown): RpcResult<unknown> => {
    if (isAsyncChannel(channel)) {
      return { ok: false, error: new AppError('internal', `channel ${String(channel)} is asynchronous: call it with invoke`).toPayload() };
    }
    return run(channel, input) as RpcResult<unknown>;
  };
  return {
    dispatch: (channel, input) => dispatchUnknown(channel, input) as never,
    dispatchUnknown,
    invoke: async (channel: unknown, input: unknown) => run(channel, input) as never,
  };
}

/**
 * SQLite found the file damaged while answering (a page the content check has not reached yet, or
 * damage since): the user reads that the store is damaged and what to do, not SQLite's words, and
 * from now on nothing more is written into it, as when the background check finds it.
 */
function damageFound(store: Store, err: unknown): AppError | null {
  const code = (err as { code?: unknown }).code;
  if (!(err instanceof Error) || typeof code !== 'string' || !(code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) return null;
  if (!store.writeRefusal) {
    const file = storePath(store.dataDir);
    store.refuseWrites(new AppError('store_damaged', `${file} is damaged: ${err.message}`, { file, detail: err.message.slice(0, 160) }));
    store.emitChange(['backups']);
  }
  return store.writeRefusal;
}

function toPayload(err: unknown) {
  if (err instanceof AppError) return err.toPayload();
  if (err instanceof z.ZodError) return new AppError('invalid_input', 'invalid input', {}, zodIssues(err)).toPayload();
  const message = err instanceof Error ? err.message : String(err);
  return new AppError('internal', `internal error: ${message}`).toPayload();
}
