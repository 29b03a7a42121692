import crypto from 'node:crypto';
import fs from 'node:fs';
import { type Bundle, MAX_BUNDLE_FILE_BYTES, MAX_JSON_DEPTH, MAX_OPS } from '../../../shared/bundle.ts';
import { opProblem } from '../../../shared/bundle-fast-check.ts';
import { AppError } from '../../../shared/errors.ts';
import { canonicalOps } from './canonical.ts';
import { checkEnvelope, checkFormat, checkOpContent } from './read-bundle.ts';

// A bundle file read as a stream, for files too large to hold as one string (a country's years of
// history: a million ops is ~175 MB). The file is read in chunks and cut into its top-level parts
// by a small framing scanner (strings, escapes and nesting only); every op and the envelope are
// then parsed by JSON.parse and checked exactly as readBundle checks them, and the digest is
// computed over the canonical text op by op. Memory stays bounded: what one op, the envelope and
// one batch may hold (the caps below), whatever the size of the file.
//
// A general streaming JSON parser (@streamparser/json) was measured at 13 MB/s on this machine,
// ten times slower than framing plus JSON.parse; the framing here decides nothing about values.

export type BundleEnvelope = Omit<Bundle, 'ops'>;

export interface BundleSink {
  /** the envelope as far as it is written before the ops (all of it but the digest, from our exporter) */
  head?(head: Record<string, unknown>): void;
  /** checked ops, in file order; `first` is the index of batch[0] in the bundle */
  ops(batch: Bundle['ops'], first: number): void;
  /** bytes read of the file, after each chunk */
  progress?(done: number, total: number): void;
}

/** One op's text (a value is at most 100,000 characters, escaped up to six times that). */
export const MAX_OP_CHARS = 1024 * 1024;
/** Everything but the ops. */
export const MAX_ENVELOPE_CHARS = 1024 * 1024;
/** How the file is read and handed on: knobs for tests, which cut files at every character and apply a few ops at a time. */
export const streamReading = { chunkBytes: 1024 * 1024, batchOps: 5000 };

const Q = 34; // "
const BS = 92; // \
const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;
const COMMA = 44;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const OPS_KEY = /"ops"\s*:\s*\[$/;

const notJson = (detail: string) => new AppError('bundle_not_json', `the file is not valid JSON (it may be truncated): ${detail}`, { detail });

/** Reads, checks and hands on the ops of a bundle file; returns the checked envelope once the digest matches. */
export function streamBundleFile(file: string, sink: BundleSink): { envelope: BundleEnvelope; opsTotal: number } {
  const size = fs.statSync(file).size;
  if (size > MAX_BUNDLE_FILE_BYTES) throw new AppError('bundle_too_large', 'the file is too large', { limitMb: MAX_BUNDLE_FILE_BYTES / 1024 / 1024 });
  const scanner = new BundleScanner(sink);
  const fd = fs.openSync(file, 'r');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const chunkBytes = streamReading.chunkBytes;
  const buf = Buffer.allocUnsafe(chunkBytes);
  let read = 0;
  try {
    for (;;) {
      const n = fs.readSync(fd, buf, 0, chunkBytes, null);
      let text: string;
      try {
        text = n > 0 ? decoder.decode(buf.subarray(0, n), { stream: true }) : decoder.decode();
      } catch {
        throw new AppError('bundle_not_utf8', 'the file is not UTF-8 text');
      }
      scanner.feed(text);
      read += n;
      sink.progress?.(read, size);
      if (n === 0) break;
    }
  } finally {
    fs.closeSync(fd);
  }
  return scanner.finish();
}

type Phase = 'before' | 'top' | 'ops' | 'after';

class BundleScanner {
  private phase: Phase = 'before';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private envelope: string[] = [];
  private envelopeChars = 0;
  private opsSeen = false;
  /** in the ops array: an element is expected next (after '[' or ','), or a separator (after an element) */
  private expectElement = true;
  private afterComma = false;
  private element: string[] = [];
  private elementChars = 0;
  private count = 0;
  private batch: Bundle['ops'] = [];
  private hash = crypto.createHash('sha256');

  constructor(private sink: BundleSink) {}

  feed(text: string): void {
    let envStart = this.phase === 'top' || this.phase === 'before' ? 0 : -1;
    let elStart = this.phase === 'ops' && this.depth > 2 ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BS) this.escaped = true;
        else if (c === Q) this.inString = false;
        continue;
      }
      if (this.phase === 'ops' && this.depth === 2) {
        // between ops: only separators, an op's start, or the end of the array
        if (isSpace(c)) continue;
        if (c === COMMA && !this.expectElement) {
          this.expectElement = true;
          this.afterComma = true;
          continue;
        }
        if (c === RBRACKET && (!this.expectElement || !this.afterComma)) {
          this.depth = 1;
          this.phase = 'top';
          envStart = i; // the envelope goes on with "]"
          continue;
        }
        if (c !== LBRACE || !this.expectElement) {
          if (this.expectElement && c !== RBRACKET) throw new AppError('bundle_invalid', `the bundle is malformed: ops.${this.count}.(op) is not valid`, { detail: `ops.${this.count}.(op)` });
          throw notJson(`unexpected character at op ${this.count}`);
        }
        this.depth = 3;
        this.expectElement = false;
        this.afterComma = false;
        elStart = i;
        continue;
      }
      if (c === Q) this.inString = true;
      else if (c === LBRACE || c === LBRACKET) {
        // a top-level array is not a bundle, which the envelope's check says at the end (after the nesting check, as when read whole)
        if (this.phase === 'before') this.phase = 'top'; else if (this.phase === 'after') throw notJson('text after the end of the bundle');
        if (++this.depth > MAX_JSON_DEPTH) throw new AppError('bundle_too_deep', `values are nested deeper than ${MAX_JSON_DEPTH} levels`, { limit: MAX_JSON_DEPTH });
        if (c === LBRACKET && this.depth === 2 && this.phase === 'top') {
          this.appendEnvelope(text.slice(envStart, i + 1));
          envStart = -1;
          if (OPS_KEY.test(this.envelopeTail())) this.startOps();
          else envStart = i + 1;
        }
      } else if (c === RBRACE || c === RBRACKET) {
        if (this.phase !== 'top' && this.phase !== 'ops') throw notJson('unbalanced brackets');
        this.depth--;
        if (this.phase === 'ops' && this.depth === 2) {
          this.takeElement(text.slice(elStart, i + 1));
          elStart = -1;
        } else if (this.depth === 0) {
          this.appendEnvelope(text.slice(envStart, i + 1));
          envStart = -1;
          this.phase = 'after';
        }
      } else if (this.phase === 'before' || this.phase === 'after') {
        if (!isSpace(c)) throw this.phase === 'before' ? notJson('the file does not start with {') : notJson('text after the end of the bundle');
      }
    }
    if (envStart >= 0 && this.phase !== 'before') this.appendEnvelope(text.slice(envStart));
    if (elStart >= 0) this.growElement(text.slice(elStart));
  }

  finish(): { envelope: BundleEnvelope; opsTotal: number } {
    if (this.phase !== 'after' || this.inString) throw notJson('the file ends before the bundle does');
    let raw: unknown;
    try {
      raw = JSON.parse(this.envelope.join(''));
    } catch (err) {
      throw notJson((err as Error).message);
    }
    const envelope = checkEnvelope(raw);
    if (!this.opsSeen || envelope.ops.length > 0) throw new AppError('bundle_invalid', 'the bundle is malformed: ops is not valid', { detail: 'ops' });
    this.flush();
    this.hash.update(this.count === 0 ? '[]' : ']');
    if (this.hash.digest('hex') !== envelope.digest) throw new AppError('bundle_bad_digest', 'the bundle content does not match its digest (altered or damaged)');
    const { ops: _ops, ...rest } = envelope;
    return { envelope: rest as BundleEnvelope, opsTotal: this.count };
  }

  private startOps(): void {
    if (this.opsSeen) throw new AppError('bundle_invalid', 'the bundle is malformed: ops is not valid', { detail: 'ops' });
    this.opsSeen = true;
    this.phase = 'ops';
    this.expectElement = true;
    this.afterComma = false;
    // what comes before the ops (all of the head, from our exporter): refuse a foreign or future file before any op
    let head: unknown = null;
    try {
      head = JSON.parse(`${this.envelope.join('')}]}`);
    } catch {
      head = null; // another writer's layout: everything is checked at the end instead
    }
    if (head && typeof head === 'object') {
      const h = head as Record<string, unknown>;
      if ('format' in h) checkFormat(h);
      this.sink.head?.(h);
    }
  }

  private takeElement(last: string): void {
    const text = this.element.length ? this.element.join('') + last : last;
    this.element = [];
    this.elementChars = 0;
    if (text.length > MAX_OP_CHARS) throw new AppError('bundle_invalid', `the bundle is malformed: ops.${this.count}.value is not valid`, { detail: `ops.${this.count}.value` });
    let op: unknown;
    try {
      op = JSON.parse(text);
    } catch (err) {
      throw notJson((err as Error).message);
    }
    const i = this.count++;
    if (this.count > MAX_OPS) throw new AppError('bundle_invalid', `the bundle is malformed: ops holds more than ${MAX_OPS} changes`, { detail: 'ops' });
    const problem = opProblem(op);
    if (problem) throw new AppError('bundle_invalid', `the bundle is malformed: ops.${i}.${problem} is not valid`, { detail: `ops.${i}.${problem}` });
    const checked = op as Bundle['ops'][number];
    checkOpContent(checked, i);
    const canonical = canonicalOps([checked]);
    this.hash.update(i === 0 ? canonical.slice(0, -1) : `,${canonical.slice(1, -1)}`);
    this.batch.push(checked);
    if (this.batch.length >= streamReading.batchOps) this.flush();
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    this.sink.ops(batch, this.count - batch.length);
  }

  private growElement(part: string): void {
    this.elementChars += part.length;
    if (this.elementChars > MAX_OP_CHARS) throw new AppError('bundle_invalid', `the bundle is malformed: ops.${this.count}.value is not valid`, { detail: `ops.${this.count}.value` });
    this.element.push(part);
  }

  private appendEnvelope(part: string): void {
    this.envelopeChars += part.length;
    if (this.envelopeChars > MAX_ENVELOPE_CHARS) throw new AppError('bundle_invalid', 'the bundle is malformed: its header is too large', { detail: 'header' });
    this.envelope.push(part);
  }

  /** the last 64 characters or more of the envelope so far, however finely the file was cut */
  private envelopeTail(): string {
    let tail = '';
    for (let k = this.envelope.length - 1; k >= 0 && tail.length < 64; k--) tail = this.envelope[k] + tail;
    return tail;
  }
}

