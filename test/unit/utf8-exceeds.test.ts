import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Exceeds } from '../../electron/core/sync/read-bundle.ts';

// The size check counts a bundle's UTF-8 bytes only when its length cannot tell; it must answer as
// counting them always would, at every limit around the text's length and size.
describe('utf8Exceeds', () => {
  it('answers as Buffer.byteLength does, for any text and limit', () => {
    expect(utf8Exceeds('abc', 3)).toBe(false);
    expect(utf8Exceeds('abc', 2)).toBe(true);
    expect(utf8Exceeds('é', 1)).toBe(true); // 2 bytes
    expect(utf8Exceeds('😀', 3)).toBe(true); // 4 bytes in 2 units
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), fc.integer({ min: -2, max: 2 }), fc.boolean(), (text, delta, bySize) => {
        const bytes = Buffer.byteLength(text, 'utf8');
        const limit = Math.max(0, (bySize ? bytes : text.length) + delta);
        expect(utf8Exceeds(text, limit)).toBe(bytes > limit);
      }),
      { numRuns: 3000 },
    );
  });
});
