import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleOp } from '../../shared/bundle.ts';
import { opProblem } from '../../shared/bundle-fast-check.ts';

// The fast op check must say yes and no exactly where the zod schema does.

const hlc = fc
  .record({ ms: fc.integer({ min: 0, max: 4102444800000 }), counter: fc.integer({ min: 0, max: 0xffff }), node: fc.stringMatching(/^[0-9a-f]{16}$/) })
  .map(({ ms, counter, node }) => `${new Date(ms).toISOString()}-${counter.toString(16).padStart(4, '0')}-${node}`);
const almostHlc = fc.oneof(
  hlc,
  hlc.map((h) => h.toUpperCase()),
  hlc.map((h) => h.replace(/-\d{2}T/, '-31T')),
  hlc.map((h) => h.slice(1)),
  fc.string(),
);
const name = fc.oneof(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/), fc.constantFrom('', '1abc', 'a-b', '__proto__', 'x'.repeat(65)), fc.string());
const id = fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9_:.-]{1,100}$/), fc.constantFrom('', 'a b', 'é', 'x'.repeat(101)), fc.string());
const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 5 }),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
  fc.constant('x'.repeat(100_001)),
  fc.constant(undefined),
  fc.object({ maxDepth: 1 }),
);
const op = fc.record(
  { hlc: almostHlc, entity: name, id, field: name, value, parents: fc.oneof(fc.array(almostHlc, { maxLength: 3 }), fc.constant('x'), fc.constant(null)) },
  { requiredKeys: ['hlc', 'entity', 'id', 'field', 'parents'] },
);
const withExtraKey = fc.tuple(op, fc.constantFrom('extra', '__proto__', 'constructor')).map(([o, k]) => {
  const copy = JSON.parse(JSON.stringify(o ?? {})) as Record<string, unknown>;
  Object.defineProperty(copy, k, { value: 1, enumerable: true, configurable: true, writable: true });
  return copy;
});

describe('opProblem agrees with the zod schema of an op', () => {
  it('on random near-valid ops', () => {
    fc.assert(
      fc.property(fc.oneof(op, withExtraKey, fc.anything()), (candidate) => {
        // what travels is JSON: compare on the JSON round trip of the candidate
        let json: unknown;
        try {
          json = JSON.parse(JSON.stringify(candidate) ?? 'null');
        } catch {
          return;
        }
        expect(opProblem(json) === null).toBe(bundleOp.safeParse(json).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts a valid op and names the offending key of an invalid one', () => {
    const good = { hlc: '2026-11-24T02:18:09.123Z-0000-0123456789abcdef', entity: 'person', id: 'a-1', field: 'name', value: 'Ana', parents: [] };
    expect(opProblem(good)).toBeNull();
    expect(bundleOp.safeParse(good).success).toBe(true);
    expect(opProblem({ ...good, value: { nested: true } })).toBe('value');
    expect(opProblem({ ...good, parents: ['2026-02-30T00:00:00.000Z-0000-0123456789abcdef'] })).toBe('parents');
    expect(opProblem(JSON.parse('{"__proto__": 1, "hlc": "x"}'))).toBe('__proto__');
  });
});
