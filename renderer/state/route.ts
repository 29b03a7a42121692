import { create } from 'zustand';

// Hash routes (#/people, #/people/<id>, #/institutions/new …): reload keeps the place.
export type Area = 'focal-points' | 'targets' | 'people' | 'institutions' | 'sync' | 'conflicts' | 'settings';
export interface Route {
  area: Area;
  id: string | null;
}

const AREAS: Area[] = ['focal-points', 'targets', 'people', 'institutions', 'sync', 'conflicts', 'settings'];

export function parseHash(hash: string): Route {
  const [area, id] = hash.replace(/^#\/?/, '').split('/');
  return { area: (AREAS as string[]).includes(area) ? (area as Area) : 'people', id: id || null };
}

interface RouteState extends Route {
  go(area: Area, id?: string | null): void;
}

export const useRoute = create<RouteState>((set) => {
  if (typeof window !== 'undefined') window.addEventListener('hashchange', () => set(parseHash(window.location.hash)));
  return {
    ...parseHash(typeof window !== 'undefined' ? window.location.hash : ''),
    go(area, id = null) {
      const hash = `#/${area}${id ? `/${id}` : ''}`;
      if (window.location.hash !== hash) window.history.pushState(null, '', hash);
      set({ area, id });
    },
  };
});
