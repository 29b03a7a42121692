import { foldForSearch } from '../../../shared/search-text.ts';

/** WHERE fragment and parameters for "every word of the query appears in the row's search text". */
export function searchClause(query: string | undefined, column = '_search'): { sql: string; params: string[] } {
  const words = foldForSearch(query ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8);
  if (words.length === 0) return { sql: '1', params: [] };
  return {
    sql: words.map(() => `instr(${column}, ?) > 0`).join(' AND '),
    params: words,
  };
}
