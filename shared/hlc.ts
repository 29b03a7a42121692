// Hybrid logical clock. A timestamp is fixed-width text, so text order is clock order:
//   2026-11-24T02:18:09.123Z-0000-0123456789abcdef   (ISO millis, 4-hex counter, 16-hex node id)
// Pure: the caller passes "now" and keeps the state.

export const MAX_DRIFT_MS = 5 * 60 * 1000;
const MAX_COUNTER = 0xffff;
const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;
export const NODE_ID_PATTERN = /^[0-9a-f]{16}$/;

export interface Clock {
  millis: number;
  counter: number;
  node: string;
}

export class ClockDriftError extends Error {
  constructor(readonly remote: string, readonly driftMs: number) {
    super(`clock ${remote} is ${Math.round(driftMs / 1000)} s in the future`);
  }
}

export function formatHlc(c: Clock): string {
  return `${new Date(c.millis).toISOString()}-${c.counter.toString(16).padStart(4, '0')}-${c.node}`;
}

export function parseHlc(text: string): Clock | null {
  const m = HLC_PATTERN.exec(text);
  if (!m) return null;
  const millis = Date.parse(m[1]);
  if (!Number.isFinite(millis) || new Date(millis).toISOString() !== m[1]) return null;
  return { millis, counter: parseInt(m[2], 16), node: m[3] };
}

export function isHlc(text: unknown): text is string {
  return typeof text === 'string' && parseHlc(text) !== null;
}

/** Next clock for a local event. */
export function send(last: Clock, now: number): Clock {
  const millis = Math.max(last.millis, now);
  const counter = millis === last.millis ? last.counter + 1 : 0;
  if (counter > MAX_COUNTER) return { millis: millis + 1, counter: 0, node: last.node };
  return { millis, counter, node: last.node };
}

/** Clock after seeing a remote timestamp; throws ClockDriftError when it is too far ahead of now. */
export function recv(last: Clock, remote: Clock, now: number): Clock {
  const drift = remote.millis - now;
  if (drift > MAX_DRIFT_MS) throw new ClockDriftError(formatHlc(remote), drift);
  const millis = Math.max(last.millis, remote.millis, now);
  let counter: number;
  if (millis === last.millis && millis === remote.millis) counter = Math.max(last.counter, remote.counter) + 1;
  else if (millis === last.millis) counter = last.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) return { millis: millis + 1, counter: 0, node: last.node };
  return { millis, counter, node: last.node };
}

export function hlcNode(hlc: string): string {
  return hlc.slice(-16);
}

export function hlcMillis(hlc: string): number {
  return Date.parse(hlc.slice(0, 24));
}

/**
 * The smallest clock text too far in the future at `now`: text order is clock order, so an op is
 * set aside when `hlc >= futureBound(now)` (hlcMillis(hlc) - now > MAX_DRIFT_MS) without parsing
 * its date (an import compares 100,000 of them).
 */
export function futureBound(now: number): string {
  const bound = now + MAX_DRIFT_MS + 1;
  // outside four-digit years ISO text loses its order: past the last clock none is too late, before the first all are
  if (bound > LAST_MILLIS) return '\uffff';
  if (bound < FIRST_MILLIS) return '';
  return new Date(bound).toISOString();
}
const FIRST_MILLIS = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_MILLIS = Date.parse('9999-12-31T23:59:59.999Z');
