import type { z } from 'zod';
import type { LocalTopic, Topic } from '../changes.ts';

// How an area declares a channel: its input and output schemas, and whether it reads or writes.
// A read names the topics it shows (the renderer reloads it when one of them changes; none named:
// any change). A write's entity changes are seen by the core itself; `changes` names the local
// state it touches besides. `async` channels (XLSX work) answer with a Promise.

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  kind: 'read' | 'write';
  async?: true;
  reads?: readonly Topic[];
  changes?: readonly LocalTopic[];
  /** a write still allowed on a store found damaged (restoring a backup) */
  repairs?: true;
}

export function read<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, reads?: readonly Topic[]): { input: I; output: O; kind: 'read'; reads?: readonly Topic[] } {
  return { input, output, kind: 'read', reads };
}

export function write<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, changes?: readonly LocalTopic[]): { input: I; output: O; kind: 'write'; changes?: readonly LocalTopic[] } {
  return { input, output, kind: 'write', changes };
}

/** Marks a channel whose handler returns a Promise. */
export function async<S extends ChannelSpec>(spec: S): S & { async: true } {
  return { ...spec, async: true };
}

/** Marks a write that repairs the store, so it runs even when writes are refused. */
export function repairs<S extends ChannelSpec>(spec: S): S & { repairs: true } {
  return { ...spec, repairs: true };
}
