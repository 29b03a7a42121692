import { entityNames, type EntityName } from './model/registry.ts';

// The change feed's vocabulary: after a committed write, import or undo the core names what
// changed, never the rows themselves. Synced entities by their registry name; local (unsynced)
// state by one of these topics.

export const LOCAL_TOPICS = ['settings', 'peers', 'imports', 'exports', 'syncFolder', 'backups', 'sample', 'tasks'] as const;
export type LocalTopic = (typeof LOCAL_TOPICS)[number];
export type Topic = EntityName | LocalTopic;

export const ALL_TOPICS: readonly Topic[] = [...entityNames, ...LOCAL_TOPICS];

export function isTopic(x: unknown): x is Topic {
  return typeof x === 'string' && (ALL_TOPICS as readonly string[]).includes(x);
}

/** What the feed sends: the topics that changed. `external` when another process committed to the store. */
export interface ChangeEvent {
  topics: Topic[];
  external?: boolean;
}
