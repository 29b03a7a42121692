import { distance } from 'fastest-levenshtein';
import { fold } from './mapping.ts';

// Is this row someone the desk (or an earlier row of the file) already has? Same e-mail address,
// case ignored; or a near-identical name: accents, case, punctuation and honorifics ignored, the
// same words in another order, or (names of 8 characters or more) at most 2 letters apart.

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'hon', 'mme', 'mlle', 'pr', 'sr', 'sra', 'srta', 'dra', 'lic', 'ing']);

/** "Dr. José  PÉREZ" → "jose perez": folded, leading honorifics dropped (two words always stay). */
export function nameKey(name: string): string {
  const words = fold(name).split(' ').filter(Boolean);
  while (words.length > 2 && HONORIFICS.has(words[0])) words.shift();
  return words.join(' ');
}

const sortedKey = (key: string) => key.split(' ').sort().join(' ');

/** Which letters a key holds, as bits: one edit changes at most two of them, so two edits at most four. */
function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) mask |= 1 << (key.charCodeAt(i) % 31);
  return mask;
}

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export interface Known {
  /** the person in the desk, or null for a row of the file not yet written */
  personId: string | null;
  /** the row of the file, or null for a person of the desk */
  row: number | null;
  name: string;
}

export interface Match extends Known {
  reason: 'email' | 'name';
}

export class PersonMatcher {
  private byEmail = new Map<string, Known>();
  private byKey = new Map<string, Known>();
  private bySorted = new Map<string, Known>();
  private byLength = new Map<number, { key: string; mask: number; who: Known }[]>();

  add(who: Known, email: string | null | undefined, ...names: (string | null | undefined)[]): void {
    if (email) {
      const e = email.trim().toLowerCase();
      if (!this.byEmail.has(e)) this.byEmail.set(e, who);
    }
    for (const name of names) {
      const key = name ? nameKey(name) : '';
      if (!key || this.byKey.has(key)) continue;
      this.byKey.set(key, who);
      if (!this.bySorted.has(sortedKey(key))) this.bySorted.set(sortedKey(key), who);
      if (key.length >= 8) {
        const list = this.byLength.get(key.length) ?? [];
        list.push({ key, mask: letterMask(key), who });
        this.byLength.set(key.length, list);
      }
    }
  }

  find(name: string | null | undefined, email: string | null | undefined): Match | null {
    if (email) {
      const hit = this.byEmail.get(email.trim().toLowerCase());
      if (hit) return { ...hit, reason: 'email' };
    }
    const key = name ? nameKey(name) : '';
    if (!key) return null;
    const hit = this.byKey.get(key) ?? this.bySorted.get(sortedKey(key));
    if (hit) return { ...hit, reason: 'name' };
    if (key.length < 8) return null;
    const mask = letterMask(key);
    for (let len = Math.max(8, key.length - 2); len <= key.length + 2; len++) {
      for (const other of this.byLength.get(len) ?? []) {
        if (bitCount(mask ^ other.mask) <= 4 && distance(key, other.key) <= 2) return { ...other.who, reason: 'name' };
      }
    }
    return null;
  }
}
