import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract.ts';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { STORE_FILE, storePath } from '../../electron/core/db/open.ts';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/schema.ts';
import { openStore } from '../../electron/core/store.ts';
import { APP_VERSION } from '../../electron/core/version.ts';
import { CORE_SOURCES, isFresh } from '../../bin/fresh.mjs';

// The synergy-desk command as a user runs it: a child process on a temp data folder.

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/synergy-desk.mjs');

let scratch: string;
/** where the CLI would go without --data-dir: must never be the user's real folder */
let defaultDir: string;

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-cli-'));
  defaultDir = path.join(scratch, 'default-data-dir');
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function dataDir(name: string): string {
  return path.join(scratch, name);
}

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return cliFrom({}, ...args);
}

/** the command with extra environment (SYNERGY_DESK_FROM_SOURCES=1 runs the TypeScript through tsx) */
function cliFrom(env: Record<string, string>, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, SYNERGY_DESK_DATA_DIR: defaultDir, LC_ALL: 'en_US.UTF-8', LC_MESSAGES: '', LANG: 'en_US.UTF-8', ...env },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('synergy-desk info / dump / check', () => {
  it('the built command (npm test builds dist-web/cli.mjs) and the sources through tsx answer alike', () => {
    expect(isFresh('dist-web/cli.mjs', CORE_SOURCES), 'run npm run build:web first (npm test does)').toBe(true);
    const dir = dataDir('built-and-sources');
    const built = cli('info', '--data-dir', dir);
    const sources = cliFrom({ SYNERGY_DESK_FROM_SOURCES: '1' }, 'info', '--data-dir', dir);
    expect([built.status, sources.status, built.stderr, sources.stderr]).toEqual([0, 0, '', '']);
    expect(JSON.parse(sources.stdout)).toEqual(JSON.parse(built.stdout));
  });

  it('info on a new folder creates the store and prints its facts', () => {
    const dir = dataDir('new');
    const r = cli('info', '--data-dir', dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(contract['app.info'].output.safeParse(info).success).toBe(true);
    expect(info).toMatchObject({
      version: APP_VERSION,
      schemaVersion: LATEST_SCHEMA_VERSION,
      dataDir: dir,
      country: null,
      counts: { person: 0, institution: 0, ops: 0 },
      openConflicts: 0,
    });
    expect(info.nodeId).toMatch(/^[0-9a-f]{16}$/);
    expect(fs.existsSync(storePath(dir))).toBe(true);
    // same folder, same node id
    expect(JSON.parse(cli('info', '--data-dir', dir).stdout).nodeId).toBe(info.nodeId);
  });

  it('info, dump and check report what the core wrote', async () => {
    const dir = dataDir('filled');
    const store = await openStore(dir);
    const d = createDispatcher(store);
    const inst = d.dispatch('institutions.create', { name: 'Kenya Wildlife Service', acronym: 'KWS' });
    if (!inst.ok) throw new Error('create failed');
    d.dispatch('people.create', { name: 'José Pérez', institutionId: inst.data.id, languages: ['es'] });
    d.dispatch('people.create', { name: 'Ann' });
    d.dispatch('settings.update', { country: 'KE' });
    const expectedDump = d.dispatch('app.dump', {});
    const nodeId = store.nodeId;
    store.close();
    if (!expectedDump.ok) throw new Error('dump failed');

    const info = cli('info', '--data-dir', dir);
    expect(info.status).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ nodeId, country: 'KE', counts: { person: 2, institution: 1 } });
    expect(JSON.parse(info.stdout).counts.ops).toBeGreaterThanOrEqual(5);

    const dump = cli('dump', '--data-dir', dir);
    expect(dump.status).toBe(0);
    expect(dump.stderr).toBe('');
    const parsed = JSON.parse(dump.stdout);
    expect(contract['app.dump'].output.safeParse(parsed).success).toBe(true);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(expectedDump.data)));
    expect(parsed.entities.person.map((p: { name: string }) => p.name).sort()).toEqual(['Ann', 'José Pérez']);
    // canonical: the same store dumps to the same bytes
    expect(cli('dump', '--data-dir', dir).stdout).toBe(dump.stdout);

    const check = cli('check', '--data-dir', dir);
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout)).toEqual({ ok: true, problems: [] });
  });

  it('check exits 1 and lists the problem when the store is inconsistent', async () => {
    const dir = dataDir('inconsistent');
    const store = await openStore(dir);
    createDispatcher(store).dispatch('people.create', { name: 'Ann' });
    store.close();
    const raw = new Database(storePath(dir));
    // a row written around the op log: nothing in the log explains it
    raw.prepare("INSERT INTO person (id, name) VALUES ('x', 'Ghost')").run();
    raw.close();

    const r = cli('check', '--data-dir', dir);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(false);
    expect(out.problems).toEqual(['1 person rows without any change in the op log']);
  });
});

describe('refusals and usage', () => {
  it('a store file that is not SQLite: exit 2, a clear message on stderr, the file unchanged', () => {
    const dir = dataDir('not-sqlite');
    fs.mkdirSync(dir);
    const file = path.join(dir, STORE_FILE);
    fs.writeFileSync(file, 'this is a spreadsheet export, not a database\n');
    const before = sha256(file);
    for (const command of ['info', 'dump', 'check']) {
      const r = cli(command, '--data-dir', dir);
      expect(r.status, command).toBe(2);
      expect(r.stdout, command).toBe('');
      expect(r.stderr, command).toMatch(/^synergy-desk: /);
      expect(r.stderr, command).toContain(file);
      expect(r.stderr, command).toContain('not a Synergy Desk store');
      expect(r.stderr, command).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual([STORE_FILE]);
  });

  it('a store from a newer version: exit 2, says so, file unchanged', async () => {
    const dir = dataDir('too-new');
    (await openStore(dir)).close();
    const raw = new Database(storePath(dir));
    raw.pragma('user_version = 42');
    raw.close();
    const before = sha256(storePath(dir));
    const r = cli('dump', '--data-dir', dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^synergy-desk: /);
    expect(r.stderr).toMatch(/newer/i);
    expect(r.stderr).toContain('42');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(sha256(storePath(dir))).toBe(before);
  });

  it('an unknown command: exit 2 with usage on stderr, no store created', () => {
    const dir = dataDir('never-created');
    const r = cli('export', '--data-dir', dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown command "export"');
    expect(r.stderr).toContain('Usage: synergy-desk <command>');
    for (const command of ['info', 'dump', 'check']) expect(r.stderr).toMatch(new RegExp(`^\\s+${command}\\s`, 'm'));
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('an unknown option: exit 2 with usage', () => {
    const r = cli('info', '--data-dri', dataDir('typo'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'--data-dri'");
    expect(r.stderr).toContain('Usage: synergy-desk <command>');
    expect(fs.existsSync(defaultDir)).toBe(false);
  });

  it('no command: exit 2 with usage; help: exit 0', () => {
    const none = cli();
    expect(none.status).toBe(2);
    expect(none.stdout + none.stderr).toContain('Usage: synergy-desk <command>');
    const help = cli('help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: synergy-desk <command>');
    expect(cli('--help').status).toBe(0);
    expect(fs.existsSync(defaultDir)).toBe(false);
  });
});
