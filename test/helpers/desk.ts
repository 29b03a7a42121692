import { afterEach, expect } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput, RpcResult } from '../../shared/contract.ts';
import type { ErrorPayload } from '../../shared/errors.ts';
import { openTestCore, type TestCore } from './core.ts';

// One desk for every integration test: a real core on a real SQLite file, called through dispatch
// as the doors call it. Tests extend TestDesk with the few steps of their own area.

export function ok<T>(r: RpcResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message} ${JSON.stringify(r.error.issues ?? [])}`);
  return r.data;
}

export function err(r: RpcResult<unknown>): ErrorPayload {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.data).slice(0, 300)}`);
  return r.error;
}

export class TestDesk {
  constructor(readonly core: TestCore) {}
  call<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C> {
    return ok(this.core.dispatcher.dispatch(channel, input));
  }
  async invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    return ok(await this.core.dispatcher.invoke(channel, input));
  }
  /** the call is refused: its error, and the store is exactly as it was (no op, no row) */
  refuse<C extends Channel>(channel: C, input: ChannelInput<C>): ErrorPayload {
    const before = this.dumpText();
    const opsBefore = this.call('app.info', {}).counts.ops;
    const e = err(this.core.dispatcher.dispatch(channel, input));
    expect(this.dumpText()).toBe(before);
    expect(this.call('app.info', {}).counts.ops).toBe(opsBefore);
    return e;
  }
  /** as refuse, for asynchronous channels */
  async refuseAsync<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ErrorPayload> {
    const before = this.dumpText();
    const opsBefore = this.call('app.info', {}).counts.ops;
    const e = err(await this.core.dispatcher.invoke(channel, input));
    expect(this.dumpText()).toBe(before);
    expect(this.call('app.info', {}).counts.ops).toBe(opsBefore);
    return e;
  }
  dump() {
    return this.call('app.dump', {});
  }
  dumpText(): string {
    return JSON.stringify(this.dump());
  }
  institution(name: string, acronym?: string): string {
    return this.call('institutions.create', { name, ...(acronym ? { acronym } : {}) }).id;
  }
  person(name: string, institutionId?: string): string {
    return this.call('people.create', { name, ...(institutionId ? { institutionId } : {}) }).id;
  }
}

const open: TestCore[] = [];
// registered for every test file that imports this helper (vitest loads it anew per file)
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

/** A new desk of the given kind, closed after the test. */
export async function openDesk<D extends TestDesk = TestDesk>(Kind: new (core: TestCore) => D = TestDesk as new (core: TestCore) => D): Promise<D> {
  const core = await openTestCore();
  open.push(core);
  return new Kind(core);
}
