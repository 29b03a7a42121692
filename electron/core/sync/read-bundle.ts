import { z } from 'zod';
import { bundleEnvelope, BUNDLE_FORMAT, type Bundle, BUNDLE_FORMAT_VERSION, MAX_BUNDLE_BYTES, MAX_JSON_DEPTH } from '../../../shared/bundle.ts';
import { opProblem } from '../../../shared/bundle-fast-check.ts';
import { AppError } from '../../../shared/errors.ts';
import { fieldSchema, isEntityName, isKnownField } from '../../../shared/model/registry.ts';
import { digestOps, digestText } from './canonical.ts';
import { writtenParts, type WrittenParts } from './written.ts';

// Reading a bundle file: every check that needs no store. Each failure is an AppError whose code
// names the problem (translated in locales/*/errors.json); nothing here touches the store.

/** Nesting depth of JSON text without parsing it (so a hostile file cannot exhaust the stack). */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped char
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

export function decodeBundleBytes(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_BUNDLE_BYTES) {
    throw new AppError('bundle_too_large', `the file is larger than ${MAX_BUNDLE_BYTES / 1024 / 1024} MB`, { limitMb: MAX_BUNDLE_BYTES / 1024 / 1024 });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new AppError('bundle_not_utf8', 'the file is not UTF-8 text');
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * What an op must hold beyond its shape (opProblem): a parent is a value this edit replaced, so it
 * is always older (no self-parents, no cycles); parents are sorted and distinct, as the canonical
 * form (and the digest) wants them; values of fields we know have the field's type, while unknown
 * ones wait (a newer sender).
 */
export function checkOpContent(op: Bundle['ops'][number], i: number): void {
  for (let j = 0; j < op.parents.length; j++) {
    if (op.parents[j] >= op.hlc) throw new AppError('bundle_invalid', `ops.${i}: a parent is not older than the change itself`, { detail: `ops.${i}.parents` });
    if (j > 0 && op.parents[j - 1] >= op.parents[j]) throw new AppError('bundle_invalid', `ops.${i}: parents must be sorted and distinct`, { detail: `ops.${i}.parents` });
  }
  if (isEntityName(op.entity) && isKnownField(op.entity, op.field) && !fieldSchema(op.entity, op.field).safeParse(op.value).success) {
    throw new AppError('bundle_bad_value', `ops.${i}: the value of ${op.entity}.${op.field} has the wrong type or form`, { detail: `ops.${i} ${op.entity}.${op.field}` });
  }
}

/** Refuses what is not a bundle, or a bundle from a newer format, before anything else is looked at. */
export function checkFormat(raw: unknown): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== BUNDLE_FORMAT) {
    throw new AppError('bundle_wrong_format', 'the file is not a Synergy Desk bundle');
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BUNDLE_FORMAT_VERSION) {
    throw new AppError('bundle_future_version', `the bundle uses format version ${version}; this version reads ${BUNDLE_FORMAT_VERSION}`, {
      version,
      supported: BUNDLE_FORMAT_VERSION,
    });
  }
}

/** The checks of everything but the ops (each op is checked by opProblem and checkOpContent). */
export function checkEnvelope(raw: unknown): z.output<typeof bundleEnvelope> {
  checkFormat(raw);
  const parsed = bundleEnvelope.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError('bundle_invalid', `the bundle is malformed: ${describeIssue(first)}`, { detail: describeIssue(first).slice(0, 200) });
  }
  return parsed.data;
}

/**
 * Whether a parsed value nests deeper than `limit` (arrays and objects), looking no deeper than
 * that: JSON.parse itself does not recurse, but what handles the value afterwards may.
 */
export function nestsDeeper(value: unknown, limit: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (limit === 0) return true;
  for (const v of Array.isArray(value) ? value : Object.values(value)) if (nestsDeeper(v, limit - 1)) return true;
  return false;
}

function tooDeep(): AppError {
  return new AppError('bundle_too_deep', `values are nested deeper than ${MAX_JSON_DEPTH} levels`, { limit: MAX_JSON_DEPTH });
}

/** Everything but the ops (which opProblem holds to flat values) within the depth limit. */
function checkDepth(raw: unknown): void {
  if (typeof raw !== 'object' || raw === null) return;
  if (Array.isArray(raw)) {
    if (nestsDeeper(raw, MAX_JSON_DEPTH - 1)) throw tooDeep();
    return;
  }
  for (const [key, v] of Object.entries(raw)) {
    if (key === 'ops' && Array.isArray(v)) continue;
    if (nestsDeeper(v, MAX_JSON_DEPTH - 1)) throw tooDeep();
  }
}

/** Parses and validates a bundle's text; checks its digest. Signature and clocks are checked on import. */
export function readBundle(text: string, written: WrittenParts | null = writtenParts(text)): Bundle {
  const b = readBundleContent(text);
  checkDigest(b, written);
  return b;
}

/**
 * The ops as written hash to the digest: they are its canonical text (our exporter writes it so);
 * otherwise (another writer's spacing) the canonical text is made again from the parsed ops.
 * `hashed`: the hash of the ops as written, when it was computed elsewhere meanwhile.
 */
export function checkDigest(b: Bundle, written: WrittenParts | null, hashed: string | null = null): void {
  const asWritten = written ? (hashed ?? digestText(written.opsText)) : null;
  if (asWritten !== b.digest && digestOps(b.ops) !== b.digest) throw new AppError('bundle_bad_digest', 'the bundle content does not match its digest (altered or damaged)');
}

/** Every check of readBundle but the digest (an import checks that one before it commits). */
export function readBundleContent(text: string): Bundle {
  const envelope = readBundleShell(text);
  checkOps(envelope.ops);
  return envelope;
}

/** Whether the text's UTF-8 is over `limit` bytes; counted only when its length cannot tell (a UTF-16 unit is 1 to 3 bytes). */
export function utf8Exceeds(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  return text.length * 3 > limit && Buffer.byteLength(text, 'utf8') > limit;
}

/**
 * The checks of everything but the ops: size, JSON, depth, format, envelope. Its ops are as
 * parsed, unchecked: for an import whose checks run on the check thread meanwhile (check-thread.ts).
 */
export function readBundleShell(text: string): Bundle {
  if (utf8Exceeds(text, MAX_BUNDLE_BYTES)) throw new AppError('bundle_too_large', 'the file is too large', { limitMb: MAX_BUNDLE_BYTES / 1024 / 1024 });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    // a hostile file of unclosed brackets is named for what it is, not as broken JSON
    if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw tooDeep();
    throw new AppError('bundle_not_json', `the file is not valid JSON (it may be truncated): ${(err as Error).message}`, { detail: (err as Error).message });
  }
  checkDepth(raw);
  return checkEnvelope(raw) as Bundle;
}

function checkOps(ops: Bundle['ops']): void {
  // one pass over the ops: shape, content, and no clock carrying two different changes. Ops in
  // clock order (a desk's own edits, as it exports them) meet a repeated clock next to each other;
  // from the first op out of order on, a map of the clocks seen finds it
  let byHlc: Map<string, number> | null = null;
  const body = (op: Bundle['ops'][number]) => JSON.stringify([op.entity, op.id, op.field, op.value, op.parents]);
  const clash = (a: Bundle['ops'][number], b: Bundle['ops'][number]) => {
    if (body(a) !== body(b)) throw new AppError('bundle_duplicate_clock', `two different changes carry the same clock ${b.hlc}`, { hlc: b.hlc });
  };
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    const problem = opProblem(op);
    if (problem) throw new AppError('bundle_invalid', `the bundle is malformed: ops.${i}.${problem} is not valid`, { detail: `ops.${i}.${problem}` });
    if (!byHlc && i > 0 && op.hlc < ops[i - 1].hlc) byHlc = new Map(ops.slice(0, i).map((o, j) => [o.hlc, j]));
    if (byHlc) {
      const prior = byHlc.get(op.hlc);
      if (prior !== undefined) clash(ops[prior], op);
      byHlc.set(op.hlc, i);
    } else if (i > 0 && op.hlc === ops[i - 1].hlc) clash(ops[i - 1], op);
    checkOpContent(op, i);
  }
}
