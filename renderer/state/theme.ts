import type { Theme } from '../../shared/model/settings.ts';

// The theme on <html data-theme>: what Settings chose, or the system's colour scheme (followed as
// it changes, e.g. at dusk). The stylesheet keys its dark colours on the attribute alone.

const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
let chosen: Theme = 'system';

function apply(): void {
  const dark = chosen === 'dark' || (chosen === 'system' && media?.matches === true);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

media?.addEventListener('change', apply);

export function applyTheme(theme: Theme): void {
  chosen = theme;
  apply();
}
