import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../shared/search-text.ts';

// The fold's short way for ASCII text must give what the full fold (NFKD, marks removed, lower
// case) gives, for any text.
const fullFold = (text: string) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

describe('foldForSearch', () => {
  it('folds accents and case, the same for ASCII and for any other text', () => {
    expect(foldForSearch('José PÉREZ \u0001 Ministère')).toBe('jose perez \u0001 ministere');
    expect(foldForSearch('Amina OKAFOR')).toBe('amina okafor');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        expect(foldForSearch(text)).toBe(fullFold(text));
      }),
      { numRuns: 2000 },
    );
  });
});
