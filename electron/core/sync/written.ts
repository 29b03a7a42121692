// A bundle's parts as written, found without parsing it: the head, the ops array's text and the
// tail (digest, signature). Inside a JSON string every quote is escaped, so `"ops":[` and
// `,"digest":"` can only be keys; each must occur exactly once (a duplicate key, which JSON.parse
// would resolve to the last one, makes this null). Null means: use the canonical path.

const OPS = '"ops":';
const DIGEST = ',"digest":"';

export interface WrittenParts {
  head: string;
  opsText: string;
  tail: string;
}

export function writtenParts(text: string): WrittenParts | null {
  // two scans of the whole text (a bundle may be tens of MB): one finds every "ops": key, one the digest
  const at = text.indexOf(OPS);
  if (at < 0 || text[at + OPS.length] !== '[' || text.indexOf(OPS, at + 1) >= 0) return null;
  const digestAt = text.indexOf(DIGEST, at);
  if (digestAt < 0 || text.indexOf(DIGEST, digestAt + 1) >= 0 || text.lastIndexOf('"digest":') !== digestAt + 1) return null;
  const opsText = text.slice(at + OPS.length, digestAt);
  if (!opsText.endsWith(']')) return null;
  return { head: text.slice(0, at), opsText, tail: `{${text.slice(digestAt + 1)}` };
}

/** The text before its first `"ops":` key (writtenParts' head, when there are parts), found without reading further. */
export function headOf(text: string): string {
  const at = text.indexOf(OPS);
  return at < 0 ? '' : text.slice(0, at);
}

/** The bundle id named once in the head, or null. */
export function headBundleId(head: string): string | null {
  const all = [...head.matchAll(/"bundleId":"([0-9a-f-]{36})"/g)];
  return all.length === 1 && head.split('"bundleId":').length === 2 ? all[0][1] : null;
}
