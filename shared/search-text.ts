// ASCII only: NFKD leaves such text as it is, and it holds no combining marks
const PLAIN = /^[\x00-\x7f]*$/;

/** Lower-case, accents folded: what search compares, on both the row and the query side. */
export function foldForSearch(text: string): string {
  // most of a directory's text is plain ASCII: the fold is then only the lower-casing (an import folds 20,000 rows)
  if (PLAIN.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
