import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract.ts';
import type { Topic } from '../../shared/changes.ts';
import type { ChannelSpec } from '../../shared/contract/define.ts';
import { call, earlyReads, peekEarly } from '../api/client.ts';
import { onTopics } from './changes.ts';

// Reads shown on screen, in one zustand store keyed by channel and input. A view asks with
// useQuery; the store calls the client, keeps the last answer while a newer one loads, ignores
// answers that arrive after a newer request, and reloads every shown read whose channel reads a
// topic the change feed names (a read that names none reloads after any change).

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
}

interface Entry {
  data?: unknown;
  error?: unknown;
  loading: boolean;
}

const useEntries = create<Record<string, Entry>>(() => ({}));

interface Active {
  channel: Channel;
  secondary: boolean;
  input: unknown;
  views: number;
  seq: number;
  stop: () => void;
}
const active = new Map<string, Active>();

function keyOf(channel: Channel, input: unknown): string {
  return `${channel}\u0000${JSON.stringify(input)}`;
}

// The core answers requests in turn, so a navigation badge asked before the page's own read would
// make the first screen wait for it: secondary reads (badges, background state) start once the
// primary reads in flight have answered, or after SECONDARY_WAIT_MS at most.
const SECONDARY_WAIT_MS = 1500;
let primaryInFlight = 0;
let waiting: (() => void)[] = [];

function runWaiting(): void {
  const run = waiting;
  waiting = [];
  for (const f of run) f();
}

/** Runs `work` once the primary reads asked for by the views just rendered have answered. */
export function afterPrimaryReads(work: () => void): void {
  // a moment first: the page's own reads start in the same commit's effects, after the sidebar's
  setTimeout(() => {
    if (primaryInFlight === 0) return work();
    waiting.push(work);
    setTimeout(runWaiting, SECONDARY_WAIT_MS);
  }, 30);
}

async function load(key: string): Promise<void> {
  const a = active.get(key);
  if (!a) return;
  const seq = ++a.seq;
  const primary = !a.secondary;
  if (primary) primaryInFlight++;
  useEntries.setState((s) => ({ [key]: { ...s[key], loading: true } }));
  // an answer read early (before the change feed was open) is shown, and asked for again once the first screen is up
  const early = peekEarly(a.channel, a.input) !== null;
  try {
    const data = await call(a.channel, a.input as never);
    if (active.get(key)?.seq === seq) useEntries.setState({ [key]: { data, error: null, loading: false } });
    if (early) afterPrimaryReads(() => void load(key));
  } catch (error) {
    if (active.get(key)?.seq === seq) useEntries.setState((s) => ({ [key]: { data: s[key]?.data, error, loading: false } }));
  } finally {
    if (primary && --primaryInFlight === 0) runWaiting();
  }
}

// Which topics each channel reads is said by the contract, which carries every channel's schemas
// (zod): it loads once the first screen's reads have answered, not in the first script. Until
// then a read reloads after any change.
let readsOf: ((channel: Channel) => readonly Topic[] | undefined) | null = null;
let contractAsked = false;

function loadReadTopics(): void {
  if (contractAsked) return;
  contractAsked = true;
  afterPrimaryReads(
    () =>
      void import('../../shared/contract.ts').then((m) => {
        readsOf = (channel) => (m.contract[channel] as ChannelSpec).reads;
        // the reads on screen now follow their own topics only
        for (const [key, a] of active) {
          a.stop();
          a.stop = follow(key, a.channel);
        }
      }),
  );
}

/** reloads the read `key` after a change to what its channel reads */
const follow = (key: string, channel: Channel) => onTopics(readsOf?.(channel) ?? 'all', () => void load(key));

function retain(key: string, channel: Channel, input: unknown, secondary: boolean): void {
  const a = active.get(key);
  if (a) {
    a.views++;
    return;
  }
  loadReadTopics();
  const stop = follow(key, channel);
  active.set(key, { channel, input, secondary, views: 1, seq: 0, stop });
  if (secondary) afterPrimaryReads(() => void load(key));
  else void load(key);
}

function release(key: string): void {
  const a = active.get(key);
  if (!a || --a.views > 0) return;
  a.stop();
  active.delete(key);
  // what no view shows is not kept (search as you type would otherwise pile up answers)
  useEntries.setState((s) => {
    const { [key]: _gone, ...rest } = s;
    return rest;
  }, true);
}

/**
 * The answer of a read channel for this input (null: ask nothing yet), kept fresh by the change
 * feed. keepPrevious: while a new input loads, show the answer to the previous one (search as you type).
 * secondary: a read that can wait for the page's own (a navigation badge).
 */
export function useQuery<C extends Channel>(channel: C, input: ChannelInput<C> | null, options: { keepPrevious?: boolean; secondary?: boolean } = {}): QueryState<ChannelOutput<C>> {
  const key = input === null ? null : keyOf(channel, input);
  const entry = useEntries((s) => (key ? s[key] : undefined));
  const previous = useRef<unknown>(undefined);
  if (entry?.data !== undefined) previous.current = entry.data;
  if (key === null) previous.current = undefined;
  useEffect(() => {
    if (!key) return;
    retain(key, channel, input, options.secondary ?? false);
    return () => release(key);
    // the key is the channel and the input, serialized
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return {
    data: (entry?.data ?? (options.keepPrevious ? previous.current : undefined)) as ChannelOutput<C> | undefined,
    error: entry?.error ?? null,
    loading: key !== null && (!entry || entry.loading),
    reload: () => {
      if (key) void load(key);
    },
  };
}

/** Puts the answers of the reads sent early (client.readEarly) where the first render finds them: the first screen comes with its data. */
export async function primeEarlyReads(): Promise<void> {
  await Promise.all(
    earlyReads().map(async ({ channel, input }) => {
      const result = await peekEarly(channel, input);
      const key = keyOf(channel, input);
      if (result?.ok && !useEntries.getState()[key]) useEntries.setState({ [key]: { data: result.data, error: null, loading: false } });
    }),
  );
}
