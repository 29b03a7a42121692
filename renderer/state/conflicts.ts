import { create } from 'zustand';
import type { ConflictItem } from '../../shared/model/sync.ts';
import { call } from '../api/client.ts';
import { onTopics } from './changes.ts';

interface ConflictsState {
  items: ConflictItem[];
  loaded: boolean;
  reload(): Promise<void>;
  keep(item: ConflictItem, value: unknown): Promise<void>;
  resolveDeleted(item: ConflictItem, keep: 'restore' | 'delete'): Promise<void>;
}

/** Open conflicts; the navigation badge counts distinct fields. */
export const useConflicts = create<ConflictsState>((set) => ({
  items: [],
  loaded: false,
  async reload() {
    set({ items: await call('conflicts.list', {}), loaded: true });
  },
  async keep(item, value) {
    const reviewed = item.heads.map((h) => h.hlc);
    set({ items: await call('conflicts.resolve', { entity: item.entity, id: item.id, field: item.field, value, reviewed }) });
  },
  async resolveDeleted(item, keep) {
    const reviewed = [...item.deleteHeads, ...item.heads].map((h) => h.hlc);
    // every open "edited after delete" field of the row was shown with it
    const others = useConflicts.getState().items.filter((c) => c.kind === 'edit_after_delete' && c.entity === item.entity && c.id === item.id);
    for (const c of others) reviewed.push(...c.heads.map((h) => h.hlc));
    set({ items: await call('conflicts.resolveDeleted', { entity: item.entity, id: item.id, keep, reviewed: [...new Set(reviewed)] }) });
  },
}));

// a conflict can arise in any entity, and its words name rows of others
onTopics('all', () => {
  if (useConflicts.getState().loaded) void useConflicts.getState().reload().catch(() => {});
});
