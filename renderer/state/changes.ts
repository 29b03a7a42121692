import type { Topic } from '../../shared/changes.ts';
import { subscribeChanges } from '../api/changes.ts';

// Stores say which topics their data comes from; when the change feed names one, they reload.
// Several events in one burst (an import touches many entities) cause one reload per store.

type Interest = { topics: ReadonlySet<string> | 'all'; run: () => void };
const interests = new Set<Interest>();
let subscribed = false;
let queued = new Set<Interest>();
let flushing = false;

function flush(): void {
  const now = queued;
  queued = new Set();
  flushing = false;
  for (const i of now) i.run();
}

function ensureSubscribed(): void {
  if (subscribed) return;
  subscribed = true;
  subscribeChanges((event) => {
    for (const i of interests) {
      if (event.everything || i.topics === 'all' || event.topics.some((t) => (i.topics as ReadonlySet<string>).has(t))) queued.add(i);
    }
    if (!flushing && queued.size) {
      flushing = true;
      queueMicrotask(flush);
    }
  });
}

/** Runs `run` after every change to one of `topics` ('all': to anything). Returns a function that stops. */
export function onTopics(topics: readonly Topic[] | 'all', run: () => void): () => void {
  const interest: Interest = { topics: topics === 'all' ? 'all' : new Set(topics), run };
  interests.add(interest);
  ensureSubscribed();
  return () => {
    interests.delete(interest);
  };
}
