import { create } from 'zustand';
import type { NationalTarget } from '../../shared/model/targets.ts';
import { call } from '../api/client.ts';
import { onTopics } from './changes.ts';

// The national targets list. Once shown, it reloads after every change to targets, alignments,
// the crosswalk or the people and institutions they name.

interface TargetsState {
  items: NationalTarget[];
  loaded: boolean;
  error: unknown;
  reload(): Promise<void>;
  replace(target: NationalTarget): void;
}

export const useTargets = create<TargetsState>((set, get) => ({
  items: [],
  loaded: false,
  error: null,
  async reload() {
    try {
      set({ items: await call('targets.list', {}), loaded: true, error: null });
    } catch (error) {
      set({ error, loaded: true });
    }
  },
  replace(target) {
    const items = get().items;
    const next = items.some((t) => t.id === target.id) ? items.map((t) => (t.id === target.id ? target : t)) : [...items, target];
    set({ items: next });
  },
}));

onTopics(['nationalTarget', 'alignment', 'crosswalkEdit', 'person', 'institution'], () => {
  if (useTargets.getState().loaded) void useTargets.getState().reload();
});
