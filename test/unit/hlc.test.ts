import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClockDriftError, MAX_DRIFT_MS, formatHlc, futureBound, hlcMillis, hlcNode, isHlc, parseHlc, recv, send, type Clock } from '../../shared/hlc.ts';

const NODE_A = '0123456789abcdef';
const NODE_B = 'fedcba9876543210';
const T0 = Date.parse('2026-03-01T10:00:00.000Z');
const HLC_WIDTH = '2026-11-24T02:18:09.123Z-0000-0123456789abcdef'.length;

// Clocks an HLC can hold: years 0000..9999 (four-digit ISO years), 16-bit counter, 16-hex node.
const MIN_MILLIS = Date.parse('0000-01-01T00:00:00.000Z');
const MAX_MILLIS = Date.parse('9999-12-31T23:59:59.999Z');
const arbNode = fc.stringMatching(/^[0-9a-f]{16}$/);
const arbClock: fc.Arbitrary<Clock> = fc.record({
  millis: fc.integer({ min: MIN_MILLIS, max: MAX_MILLIS }),
  counter: fc.integer({ min: 0, max: 0xffff }),
  node: arbNode,
});
/** clocks near one another, so equal millis and equal counters are frequent */
const arbNearClock: fc.Arbitrary<Clock> = fc.record({
  millis: fc.integer({ min: T0, max: T0 + 3 }),
  counter: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(0xffff)),
  node: fc.constantFrom(NODE_A, NODE_B, '0000000000000000', 'ffffffffffffffff'),
});

function compareClocks(a: Clock, b: Clock): number {
  if (a.millis !== b.millis) return a.millis < b.millis ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  return a.node === b.node ? 0 : a.node < b.node ? -1 : 1;
}
const compareText = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);

describe('formatHlc / parseHlc', () => {
  it('formats the documented layout', () => {
    expect(formatHlc({ millis: Date.parse('2026-11-24T02:18:09.123Z'), counter: 0x1a, node: NODE_A })).toBe('2026-11-24T02:18:09.123Z-001a-0123456789abcdef');
    expect(hlcNode('2026-11-24T02:18:09.123Z-001a-0123456789abcdef')).toBe(NODE_A);
    expect(hlcMillis('2026-11-24T02:18:09.123Z-001a-0123456789abcdef')).toBe(Date.parse('2026-11-24T02:18:09.123Z'));
  });

  it('is fixed width and round-trips', () => {
    fc.assert(
      fc.property(fc.oneof(arbClock, arbNearClock), (c) => {
        const text = formatHlc(c);
        expect(text).toHaveLength(HLC_WIDTH);
        expect(parseHlc(text)).toEqual(c);
        expect(isHlc(text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('text order equals clock order', () => {
    const pair = fc.oneof(fc.tuple(arbClock, arbClock), fc.tuple(arbNearClock, arbNearClock));
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(compareText(formatHlc(a), formatHlc(b))).toBe(compareClocks(a, b));
      }),
      { numRuns: 1000 },
    );
  });

  it('sorting the texts sorts the clocks', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(arbClock, arbNearClock), { maxLength: 30 }), (clocks) => {
        const byClock = [...clocks].sort(compareClocks).map(formatHlc);
        const byText = clocks.map(formatHlc).sort();
        expect(byText).toEqual(byClock);
      }),
    );
  });

  it.each([
    ['impossible date', '2026-02-30T00:00:00.000Z-0000-0123456789abcdef'],
    ['month 13', '2026-13-01T00:00:00.000Z-0000-0123456789abcdef'],
    ['hour 24', '2026-01-01T24:00:00.000Z-0000-0123456789abcdef'],
    ['no millis', '2026-01-01T00:00:00Z-0000-0123456789abcdef'],
    ['two-digit millis', '2026-01-01T00:00:00.00Z-0000-0123456789abcdef'],
    ['no Z', '2026-01-01T00:00:00.000-0000-0123456789abcdef'],
    ['offset instead of Z', '2026-01-01T00:00:00.000+00:00-0000-0123456789abcdef'],
    ['short counter', '2026-01-01T00:00:00.000Z-000-0123456789abcdef'],
    ['long counter', '2026-01-01T00:00:00.000Z-00000-0123456789abcdef'],
    ['short node', '2026-01-01T00:00:00.000Z-0000-0123456789abcde'],
    ['long node', '2026-01-01T00:00:00.000Z-0000-0123456789abcdef0'],
    ['uppercase counter', '2026-01-01T00:00:00.000Z-00AB-0123456789abcdef'],
    ['uppercase node', '2026-01-01T00:00:00.000Z-0000-0123456789ABCDEF'],
    ['non-hex node', '2026-01-01T00:00:00.000Z-0000-0123456789abcdeg'],
    ['six-digit year', '+020000-01-01T00:00:00.000Z-0000-0123456789abcdef'],
    ['leading space', ' 2026-01-01T00:00:00.000Z-0000-0123456789abcdef'],
    ['trailing newline', '2026-01-01T00:00:00.000Z-0000-0123456789abcdef\n'],
    ['empty', ''],
  ])('parseHlc rejects %s', (_label, text) => {
    expect(parseHlc(text)).toBeNull();
    expect(isHlc(text)).toBe(false);
  });

  it('isHlc rejects non-strings', () => {
    for (const v of [null, undefined, 42, {}, ['2026-01-01T00:00:00.000Z-0000-0123456789abcdef']]) expect(isHlc(v)).toBe(false);
  });

  it('accepts the last day of a leap February', () => {
    expect(parseHlc('2028-02-29T23:59:59.999Z-ffff-0123456789abcdef')).toEqual({
      millis: Date.parse('2028-02-29T23:59:59.999Z'),
      counter: 0xffff,
      node: NODE_A,
    });
    expect(parseHlc('2027-02-29T00:00:00.000Z-0000-0123456789abcdef')).toBeNull();
  });
});

describe('send', () => {
  it('takes the wall clock when it is ahead', () => {
    expect(send({ millis: T0, counter: 7, node: NODE_A }, T0 + 10)).toEqual({ millis: T0 + 10, counter: 0, node: NODE_A });
  });

  it('increments the counter when the wall clock stands still or goes backwards', () => {
    const last = { millis: T0, counter: 7, node: NODE_A };
    expect(send(last, T0)).toEqual({ millis: T0, counter: 8, node: NODE_A });
    expect(send(last, T0 - 60_000)).toEqual({ millis: T0, counter: 8, node: NODE_A });
  });

  it('rolls a full counter over to the next milli', () => {
    expect(send({ millis: T0, counter: 0xffff, node: NODE_A }, T0)).toEqual({ millis: T0 + 1, counter: 0, node: NODE_A });
    expect(send({ millis: T0, counter: 0xffff, node: NODE_A }, T0 - 5)).toEqual({ millis: T0 + 1, counter: 0, node: NODE_A });
    // and carries on from there
    const next = send(send({ millis: T0, counter: 0xffff, node: NODE_A }, T0), T0);
    expect(next).toEqual({ millis: T0 + 1, counter: 1, node: NODE_A });
  });

  it('is strictly monotonic for any sequence of wall-clock readings (including backwards jumps)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.constant(0)), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 0, max: 0xffff }),
        (deltas, startCounter) => {
          let clock: Clock = { millis: T0, counter: startCounter, node: NODE_A };
          let now = T0;
          for (const d of deltas) {
            now += d;
            const next = send(clock, now);
            expect(formatHlc(next) > formatHlc(clock)).toBe(true);
            expect(next.counter).toBeLessThanOrEqual(0xffff);
            expect(next.millis).toBeGreaterThanOrEqual(now);
            expect(next.node).toBe(NODE_A);
            clock = next;
          }
        },
      ),
    );
  });

  it('stays fixed width through 70,000 events in one millisecond', () => {
    let clock: Clock = { millis: T0, counter: 0, node: NODE_A };
    let prev = formatHlc(clock);
    for (let i = 0; i < 70_000; i++) {
      clock = send(clock, T0);
      const text = formatHlc(clock);
      if (!(text > prev) || text.length !== HLC_WIDTH) throw new Error(`not monotonic at ${i}: ${prev} -> ${text}`);
      prev = text;
    }
    expect(clock.millis).toBe(T0 + 1);
  });
});

describe('recv', () => {
  const last: Clock = { millis: T0, counter: 5, node: NODE_A };

  it('takes the remote clock when it is the greatest, and increments its counter', () => {
    expect(recv(last, { millis: T0 + 1000, counter: 9, node: NODE_B }, T0 + 500)).toEqual({ millis: T0 + 1000, counter: 10, node: NODE_A });
  });

  it('takes the wall clock when it is the greatest, with counter 0', () => {
    expect(recv(last, { millis: T0 + 10, counter: 9, node: NODE_B }, T0 + 20)).toEqual({ millis: T0 + 20, counter: 0, node: NODE_A });
  });

  it('keeps its own millis and increments when local is ahead', () => {
    expect(recv(last, { millis: T0 - 10, counter: 99, node: NODE_B }, T0 - 20)).toEqual({ millis: T0, counter: 6, node: NODE_A });
  });

  it('takes the larger counter + 1 when local and remote millis are equal', () => {
    expect(recv(last, { millis: T0, counter: 99, node: NODE_B }, T0)).toEqual({ millis: T0, counter: 100, node: NODE_A });
    expect(recv({ ...last, counter: 200 }, { millis: T0, counter: 99, node: NODE_B }, T0)).toEqual({ millis: T0, counter: 201, node: NODE_A });
  });

  it('rolls a full counter over to the next milli', () => {
    expect(recv(last, { millis: T0, counter: 0xffff, node: NODE_B }, T0)).toEqual({ millis: T0 + 1, counter: 0, node: NODE_A });
    expect(recv(last, { millis: T0 + 5, counter: 0xffff, node: NODE_B }, T0)).toEqual({ millis: T0 + 6, counter: 0, node: NODE_A });
  });

  it('result is after both the local and the remote clock (property)', () => {
    fc.assert(
      fc.property(arbNearClock, arbNearClock, fc.integer({ min: T0 - 2, max: T0 + 5 }), (local, remote, now) => {
        const mine = { ...local, node: NODE_A };
        const next = recv(mine, remote, now);
        expect(next.node).toBe(NODE_A);
        expect(next.millis).toBeGreaterThanOrEqual(now);
        // strictly after both, whatever the node ids
        expect(compareClocks({ ...next, node: '' }, { ...mine, node: '' })).toBe(1);
        expect(compareClocks({ ...next, node: '' }, { ...remote, node: '' })).toBe(1);
        expect(formatHlc(next) > formatHlc(remote)).toBe(true);
        expect(formatHlc(next) > formatHlc(mine)).toBe(true);
        // and a following local event is later still
        expect(formatHlc(send(next, now)) > formatHlc(next)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a remote clock exactly 5 minutes ahead', () => {
    const remote = { millis: T0 + MAX_DRIFT_MS, counter: 3, node: NODE_B };
    expect(MAX_DRIFT_MS).toBe(5 * 60 * 1000);
    expect(recv(last, remote, T0)).toEqual({ millis: T0 + MAX_DRIFT_MS, counter: 4, node: NODE_A });
  });

  it('refuses a remote clock more than 5 minutes ahead, and says which', () => {
    const remote = { millis: T0 + MAX_DRIFT_MS + 1, counter: 0, node: NODE_B };
    let caught: unknown;
    try {
      recv(last, remote, T0);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ClockDriftError);
    expect((caught as ClockDriftError).remote).toBe(formatHlc(remote));
    expect((caught as ClockDriftError).driftMs).toBe(MAX_DRIFT_MS + 1);
    expect(() => recv(last, { millis: T0 + 24 * 3600_000, counter: 0, node: NODE_B }, T0)).toThrow(ClockDriftError);
  });

  it('drift is measured against the wall clock, not the local clock', () => {
    // local clock far ahead (it saw a fast peer earlier); remote 6 min ahead of the wall clock is still refused
    const fastLocal = { millis: T0 + 10 * 60_000, counter: 0, node: NODE_A };
    expect(() => recv(fastLocal, { millis: T0 + 6 * 60_000, counter: 0, node: NODE_B }, T0)).toThrow(ClockDriftError);
    // a remote far in the past is fine
    expect(recv(last, { millis: T0 - 365 * 24 * 3600_000, counter: 0, node: NODE_B }, T0)).toEqual({ millis: T0, counter: 6, node: NODE_A });
  });
});

describe('futureBound', () => {
  it('sets aside exactly the clocks more than MAX_DRIFT_MS ahead, by text order', () => {
    fc.assert(
      fc.property(fc.oneof(arbClock, arbNearClock), fc.integer({ min: -10 * 60_000, max: 10 * 60_000 }), (c, offset) => {
        const now = c.millis + offset;
        const text = formatHlc(c);
        expect(text >= futureBound(now)).toBe(hlcMillis(text) - now > MAX_DRIFT_MS);
      }),
      { numRuns: 2000 },
    );
    // at the ends of four-digit years, where ISO text changes form
    const last = formatHlc({ millis: MAX_MILLIS, counter: 0xffff, node: NODE_A });
    expect(last >= futureBound(MAX_MILLIS - 60_000)).toBe(false);
    const first = formatHlc({ millis: MIN_MILLIS, counter: 0, node: NODE_A });
    expect(first >= futureBound(MIN_MILLIS - 10 * 60_000)).toBe(true);
    expect(first >= futureBound(MIN_MILLIS - 60_000)).toBe(false);
    const now = Date.parse('2026-12-03T12:00:00.000Z');
    expect(formatHlc({ millis: now + MAX_DRIFT_MS, counter: 0xffff, node: NODE_A }) >= futureBound(now)).toBe(false);
    expect(formatHlc({ millis: now + MAX_DRIFT_MS + 1, counter: 0, node: NODE_A }) >= futureBound(now)).toBe(true);
  });
});
