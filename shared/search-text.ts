/** Lower-case, accents folded: what search compares, on both the row and the query side. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
