import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BundleScope } from '../shared/bundle.ts';
import type { Channel } from '../shared/contract.ts';
import { AppError, type ErrorPayload } from '../shared/errors.ts';
import { cliFieldMessage, cliMessage } from './cli-messages.ts';
import { defaultDataDir } from './core/data-dir.ts';
import { createDispatcher } from './core/dispatch.ts';
import { openStore, type Store } from './core/store.ts';
import { verifySignature } from './core/sync/keys.ts';
import { readBundle } from './core/sync/read-bundle.ts';
import type { z } from 'zod';
import { exportInput } from '../shared/model/sync.ts';
import { zodIssues } from './core/dispatch.ts';
import { exportBundleToFile } from './core/sync/export.ts';
import { importBundleFile, previewBundleFile, textIfSmall } from './core/sync/import-stream.ts';
import { type BundleEnvelope, streamBundleFile } from './core/sync/bundle-stream.ts';

// synergy-desk: the headless door. Every store command goes through the same dispatch as the app.

const USAGE = `Usage: synergy-desk <command> [options]

Store:
  info                       schema version, node id, country and counts of the store
  dump                       canonical JSON of all rows and open conflicts (sorted; for comparing two stores)
  check                      integrity check of the store (exit 1 when a problem is found)

Bundles:
  bundle export --out FILE [--peer LABEL] [--scope entities=person,institution] [--scope conventions=cites]
                             full export, or a delta of what is new since the last export to LABEL
  bundle validate FILE       exit 0 when FILE is a valid bundle, non-zero with the reason otherwise
  bundle preview FILE        what importing FILE would change (nothing is written)
  bundle import FILE         import FILE (a backup is made first)
  bundle undo                take back the last import

Options:
  --data-dir DIR             the store folder (default: ${defaultDataDir()})
  --help                     this text`;

class CliError extends Error {}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function fail(error: ErrorPayload): number {
  process.stderr.write(`synergy-desk: ${cliMessage(error)}\n`);
  for (const issue of error.issues ?? []) process.stderr.write(`  ${issue.path || '(input)'}: ${cliFieldMessage(issue.code)}\n`);
  return 2;
}

/** Every check that needs no store; a large file is streamed (clocks repeated inside it are then found on import). */
function validateBundleFile(file: string): { envelope: BundleEnvelope; opsTotal: number } {
  const text = textIfSmall(file);
  if (text === null) return streamBundleFile(file, { ops: () => undefined });
  const { ops, ...envelope } = readBundle(text);
  return { envelope, opsTotal: ops.length };
}


/** The same checks as the sync.export channel's, for the export that the command line writes itself. */
function checkedExport(input: unknown): z.output<typeof exportInput> {
  const parsed = exportInput.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', 'invalid input for bundle export', {}, zodIssues(parsed.error));
  return parsed.data;
}

function parseScope(values: string[] | undefined): BundleScope {
  const scope: BundleScope = {};
  for (const v of values ?? []) {
    const m = /^(entities|conventions)=([\w,-]+)$/.exec(v);
    if (!m) throw new CliError(`--scope takes entities=a,b or conventions=x,y (got "${v}")`);
    scope[m[1] as 'entities' | 'conventions'] = m[2].split(',').filter(Boolean);
  }
  return scope;
}

async function withStore<T>(dataDir: string | undefined, fn: (store: Store) => T): Promise<T> {
  const store = await openStore(dataDir ?? defaultDataDir());
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

function call(store: Store, channel: Channel, input: unknown): unknown {
  const result = createDispatcher(store).dispatchUnknown(channel, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.params, result.error.issues);
  return result.data;
}

async function bundleCommand(sub: string | undefined, file: string | undefined, values: Record<string, unknown>): Promise<number> {
  const dataDir = values['data-dir'] as string | undefined;
  switch (sub) {
    case 'export': {
      const out = values.out as string | undefined;
      if (!out) throw new CliError('bundle export needs --out FILE');
      const scope = parseScope(values.scope as string[] | undefined);
      // written as it is made: a full export of years of history never exists as one string
      const result = await withStore(dataDir, (s) => exportBundleToFile(s, out, checkedExport({ peer: values.peer, scope })));
      process.stderr.write(`wrote ${result.opsCount} changes to ${out}\n`);
      return 0;
    }
    case 'validate': {
      if (!file) throw new CliError('bundle validate needs FILE');
      const { envelope: b, opsTotal } = validateBundleFile(file);
      const signature = b.signature ? (verifySignature(b.signature.publicKey, b.digest, b.signature.value) ? 'valid' : 'invalid') : 'unsigned';
      if (signature === 'invalid') throw new AppError('bundle_bad_signature', 'the signature does not match the bundle');
      print({ valid: true, bundleId: b.bundleId, origin: b.origin, createdAt: b.createdAt, ops: opsTotal, scope: b.scope, delta: Boolean(b.since), signature });
      return 0;
    }
    case 'preview':
    case 'import': {
      if (!file) throw new CliError(`bundle ${sub} needs FILE`);
      // by its path, so that a file too large to hold as one string is streamed
      print(await withStore(dataDir, (s) => (sub === 'preview' ? previewBundleFile(s, file) : importBundleFile(s, file, { fileName: path.basename(file) }))));
      return 0;
    }
    case 'undo':
      print(await withStore(dataDir, (s) => call(s, 'sync.undo', {})));
      return 0;
    default:
      throw new CliError(`unknown bundle command "${sub ?? ''}"`);
  }
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        out: { type: 'string' },
        peer: { type: 'string' },
        scope: { type: 'string', multiple: true },
        help: { type: 'boolean' },
      },
    });
    const [command, sub, file] = positionals;
    if (!command || command === 'help' || values.help) {
      process.stdout.write(`${USAGE}\n`);
      return command || values.help ? 0 : 2;
    }
    if (command === 'bundle') return await bundleCommand(sub, file, values);
    const channels: Record<string, Channel> = { info: 'app.info', dump: 'app.dump', check: 'app.check' };
    const channel = channels[command];
    if (!channel) throw new CliError(`unknown command "${command}"`);
    const data = await withStore(values['data-dir'], (s) => call(s, channel, {}));
    print(data);
    return channel === 'app.check' && !(data as { ok: boolean }).ok ? 1 : 0;
  } catch (err) {
    if (err instanceof AppError) return fail(err.toPayload());
    if (err instanceof CliError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`synergy-desk: ${(err as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
}

