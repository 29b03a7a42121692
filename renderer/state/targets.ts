import { create } from 'zustand';
import type { NationalTarget } from '../../shared/model/targets.ts';
import { call } from '../api/client.ts';

interface TargetsState {
  items: NationalTarget[];
  /** bumps after any change, so views reload */
  version: number;
  reload(): Promise<void>;
  replace(target: NationalTarget): void;
}

export const useTargets = create<TargetsState>((set, get) => ({
  items: [],
  version: 0,
  async reload() {
    set({ items: await call('targets.list', {}), version: get().version + 1 });
  },
  replace(target) {
    const items = get().items;
    const next = items.some((t) => t.id === target.id) ? items.map((t) => (t.id === target.id ? target : t)) : [...items, target];
    set({ items: next, version: get().version + 1 });
    void get().reload();
  },
}));
