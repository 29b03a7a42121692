import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Topic } from '../../shared/changes.ts';
import { call } from '../api/client.ts';
import { onTopics } from './changes.ts';

// A list-and-edit store for one synced entity area (people, institutions, …). Once shown, the list
// reloads whenever the change feed names one of its topics (an import, an undo, another window).

interface Channels {
  list: 'people.list' | 'institutions.list';
  create: 'people.create' | 'institutions.create';
  update: 'people.update' | 'institutions.update';
  delete: 'people.delete' | 'institutions.delete';
  restore: 'people.restore' | 'institutions.restore';
}

const FIRST_PAGE = 100;

export interface RecordsState<T extends { id: string }> {
  items: T[];
  total: number;
  query: string;
  loading: boolean;
  setQuery(query: string): void;
  reload(): Promise<void>;
  create(values: Record<string, unknown>): Promise<T>;
  update(id: string, patch: Record<string, unknown>): Promise<T>;
  remove(id: string): Promise<T>;
  restore(id: string): Promise<T>;
}

export function createRecordsStore<T extends { id: string }>(channels: Channels, topics: readonly Topic[]): UseBoundStore<StoreApi<RecordsState<T>>> {
  let requestSeq = 0;
  let shown = false;
  const invoke = call as unknown as (channel: string, input: unknown) => Promise<unknown>;
  const store = create<RecordsState<T>>((set, get) => ({
    items: [],
    total: 0,
    query: '',
    loading: false,
    setQuery(query) {
      set({ query });
      void get().reload();
    },
    async reload() {
      shown = true;
      const seq = ++requestSeq;
      set({ loading: true });
      const query = get().query || undefined;
      // the first screenful at once, then the rest of a long list
      const first = (await invoke(channels.list, { query, limit: FIRST_PAGE })) as { items: T[]; total: number };
      // an older, slower answer must not overwrite a newer one
      if (seq !== requestSeq) return;
      set({ items: first.items, total: first.total, loading: first.total > first.items.length });
      if (first.total <= first.items.length) return;
      const all = (await invoke(channels.list, { query })) as { items: T[]; total: number };
      if (seq === requestSeq) set({ items: all.items, total: all.total, loading: false });
    },
    async create(values) {
      const row = (await invoke(channels.create, values)) as T;
      await get().reload();
      return row;
    },
    async update(id, patch) {
      const row = (await invoke(channels.update, { id, patch })) as T;
      await get().reload();
      return row;
    },
    async remove(id) {
      const row = (await invoke(channels.delete, { id })) as T;
      await get().reload();
      return row;
    },
    async restore(id) {
      const row = (await invoke(channels.restore, { id })) as T;
      await get().reload();
      return row;
    },
  }));
  onTopics(topics, () => {
    if (shown) void store.getState().reload();
  });
  return store;
}
