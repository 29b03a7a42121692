/** The six UN languages the interface speaks; Arabic is right-to-left. */
export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const RTL_LANGUAGES: readonly Language[] = ['ar'];
export const NAMESPACES = ['common', 'errors', 'people', 'institutions', 'settings', 'reference', 'sync', 'conflicts', 'focal', 'directory', 'frameworks', 'targets', 'basis'] as const;

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}
