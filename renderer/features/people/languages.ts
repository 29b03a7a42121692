/** Working languages offered for a person: the UN six first, then others common in the conventions. */
export const WORKING_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt', 'de', 'sw', 'hi', 'id', 'tr', 'fa', 'ja'] as const;

export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
