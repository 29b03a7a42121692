import type { ChangeEvent } from '../../shared/changes.ts';
import { ensureTransport } from './client.ts';

// The core's change feed, as the renderer hears it: in Electron from the preload's onChanges, in
// browser mode as server-sent events on /events (the session cookie carries the token). After the
// feed was cut (the server restarted, the laptop slept) everything may have changed: all topics.

/** What the renderer hears: the core's event; `everything` after the feed was cut (any topic may have changed). */
export type FeedEvent = ChangeEvent & { everything?: boolean };

export type ChangeSource = (listener: (event: FeedEvent) => void) => () => void;

function browserSource(listener: (event: FeedEvent) => void): () => void {
  if (typeof EventSource === 'undefined') return () => {};
  const source = new EventSource('/events');
  let cut = false;
  source.onmessage = (m) => {
    try {
      const event = JSON.parse(String(m.data)) as ChangeEvent;
      if (Array.isArray(event.topics)) listener(event);
    } catch {
      // not ours: ignore
    }
  };
  source.onerror = () => {
    cut = true;
  };
  source.onopen = () => {
    if (cut) listener({ topics: [], external: true, everything: true });
    cut = false;
  };
  return () => source.close();
}

function defaultSource(): ChangeSource {
  if (typeof window !== 'undefined' && window.desk?.onChanges) {
    const desk = window.desk;
    return (listener) => desk.onChanges!((e) => listener(e as ChangeEvent));
  }
  return browserSource;
}

let source: ChangeSource | null = null;
let stop: (() => void) | null = null;
const listeners = new Set<(event: FeedEvent) => void>();

/** For tests: hear another feed (e.g. a core's store.onChange), from now on. */
export function setChangeSource(next: ChangeSource): void {
  stop?.();
  source = next;
  connect();
}

/** Starts hearing the core (once the app is up; importing a store must not open a connection). */
export function startChanges(): void {
  if (!stop) connect();
}

function connect(): void {
  ensureTransport();
  source ??= defaultSource();
  stop = source((event) => {
    for (const l of [...listeners]) l(event);
  });
}

export function subscribeChanges(listener: (event: FeedEvent) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
