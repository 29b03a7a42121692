import { create } from 'zustand';

// Hash routes (#/people, #/people/<id>, #/institutions/new …): reload keeps the place. The areas
// are the features' ids (renderer/app/features.ts); the shell shows its default page for any other.
export type Area = string;
export interface Route {
  area: Area;
  id: string | null;
}

export function parseHash(hash: string): Route {
  const [area, id] = hash.replace(/^#\/?/, '').split('/');
  return { area: area ?? '', id: id || null };
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
