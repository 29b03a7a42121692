import { parseArgs } from 'node:util';
import type { Channel } from '../shared/contract.ts';
import { AppError, type ErrorPayload } from '../shared/errors.ts';
import { defaultDataDir } from './core/data-dir.ts';
import { createDispatcher } from './core/dispatch.ts';
import { openStore } from './core/store.ts';

// synergy-desk: the headless door. Every command goes through the same dispatch as the app.

const USAGE = `Usage: synergy-desk <command> [--data-dir DIR]

Commands:
  info     schema version, node id, country and counts of the store
  dump     canonical JSON of all rows and open conflicts (sorted; for comparing two stores)
  check    integrity check of the store (exit 1 when a problem is found)
  help     this text

--data-dir defaults to the app's user data folder (${defaultDataDir()}).`;

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function fail(error: ErrorPayload): number {
  process.stderr.write(`synergy-desk: ${error.message}\n`);
  for (const issue of error.issues ?? []) process.stderr.write(`  ${issue.path || '(input)'}: ${issue.code}\n`);
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { 'data-dir': { type: 'string' }, help: { type: 'boolean' } } });
  } catch (err) {
    process.stderr.write(`synergy-desk: ${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const [command] = parsed.positionals;
  if (!command || command === 'help' || parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return command || parsed.values.help ? 0 : 2;
  }
  const channels: Record<string, Channel> = { info: 'app.info', dump: 'app.dump', check: 'app.check' };
  const channel = channels[command];
  if (!channel) {
    process.stderr.write(`synergy-desk: unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }
  let store;
  try {
    store = await openStore(parsed.values['data-dir'] ?? defaultDataDir());
  } catch (err) {
    if (err instanceof AppError) return fail(err.toPayload());
    throw err;
  }
  try {
    const result = createDispatcher(store).dispatch(channel, {});
    if (!result.ok) return fail(result.error);
    print(result.data);
    if (channel === 'app.check' && !(result.data as { ok: boolean }).ok) return 1;
    return 0;
  } finally {
    store.close();
  }
}
