import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { openStore } from '../../electron/core/store.ts';
import { ROOT, tempDir } from '../helpers/app-server.ts';

// synergy-desk bundle …, as a user runs it between two data folders.

const BIN = path.join(ROOT, 'bin/synergy-desk.mjs');
let scratch: string;
const dir = (name: string) => path.join(scratch, name);

function cli(args: string[], lang = 'en_US.UTF-8') {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, SYNERGY_DESK_DATA_DIR: dir('default'), LC_ALL: lang, LANG: lang },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  scratch = tempDir('sd-cli-bundle-');
  const store = await openStore(dir('a'));
  const d = createDispatcher(store);
  const inst = d.dispatch('institutions.create', { name: 'Kenya Wildlife Service', acronym: 'KWS' });
  if (!inst.ok) throw new Error(inst.error.message);
  d.dispatch('people.create', { name: 'Grace Otieno', institutionId: inst.data.id });
  d.dispatch('people.create', { name: 'Li Wei' });
  store.close();
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('synergy-desk bundle', () => {
  it('exports, validates, previews, imports and undoes', () => {
    const file = dir('a.sdbundle');
    const exported = cli(['bundle', 'export', '--data-dir', dir('a'), '--out', file]);
    expect(exported.status).toBe(0);
    expect(exported.stderr).toMatch(/wrote \d+ changes/);

    const valid = cli(['bundle', 'validate', file]);
    expect(valid.status).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject({ valid: true, signature: 'valid', delta: false });

    const preview = cli(['bundle', 'preview', '--data-dir', dir('b'), file]);
    expect(preview.status).toBe(0);
    expect(JSON.parse(preview.stdout)).toMatchObject({ rowsNew: { person: 2, institution: 1 }, conflictsCreated: 0 });
    expect(JSON.parse(cli(['dump', '--data-dir', dir('b')]).stdout).entities.person).toEqual([]);

    expect(cli(['bundle', 'import', '--data-dir', dir('b'), file]).status).toBe(0);
    const dumpA = JSON.parse(cli(['dump', '--data-dir', dir('a')]).stdout);
    const dumpB = JSON.parse(cli(['dump', '--data-dir', dir('b')]).stdout);
    expect(dumpB).toEqual(dumpA);

    expect(cli(['bundle', 'undo', '--data-dir', dir('b')]).status).toBe(0);
    expect(JSON.parse(cli(['dump', '--data-dir', dir('b')]).stdout).entities.person).toEqual([]);
    const again = cli(['bundle', 'undo', '--data-dir', dir('b')]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('There is no import to undo.');
  });

  it('a scoped export of people carries the institutions they refer to', () => {
    const file = dir('people.sdbundle');
    expect(cli(['bundle', 'export', '--data-dir', dir('a'), '--out', file, '--scope', 'entities=person']).status).toBe(0);
    const b = JSON.parse(fs.readFileSync(file, 'utf8')) as { ops: { entity: string }[]; scope: unknown };
    expect(b.scope).toEqual({ entities: ['person'] });
    expect(new Set(b.ops.map((o) => o.entity))).toEqual(new Set(['person', 'institution']));
  });

  it('a delta for a peer holds only what is new since the last one', () => {
    const first = dir('delta-1.sdbundle');
    const second = dir('delta-2.sdbundle');
    expect(cli(['bundle', 'export', '--data-dir', dir('a'), '--out', first, '--peer', 'CBD']).status).toBe(0);
    expect(cli(['bundle', 'export', '--data-dir', dir('a'), '--out', second, '--peer', 'CBD']).status).toBe(0);
    expect((JSON.parse(fs.readFileSync(first, 'utf8')) as { ops: unknown[] }).ops.length).toBeGreaterThan(0);
    expect((JSON.parse(fs.readFileSync(second, 'utf8')) as { ops: unknown[] }).ops).toEqual([]);
  });

  it('refuses a damaged file with a clear, translated message and a non-zero exit', () => {
    const broken = dir('broken.sdbundle');
    fs.writeFileSync(broken, fs.readFileSync(dir('a.sdbundle'), 'utf8').slice(0, 300));
    const en = cli(['bundle', 'validate', broken]);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('The file is not valid JSON; it may be cut short (truncated) or damaged.');
    const fr = cli(['bundle', 'validate', broken], 'fr_FR.UTF-8');
    expect(fr.status).toBe(2);
    expect(fr.stderr).toMatch(/JSON/);
    expect(fr.stderr).not.toContain('The file is not valid JSON');
    const missing = cli(['bundle', 'validate', dir('nope.sdbundle')]);
    expect(missing.status).toBe(2);
    const tampered = JSON.parse(fs.readFileSync(dir('a.sdbundle'), 'utf8'));
    tampered.ops[0].value = 'Someone else';
    fs.writeFileSync(dir('tampered.sdbundle'), JSON.stringify(tampered));
    const bad = cli(['bundle', 'import', '--data-dir', dir('c'), dir('tampered.sdbundle')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("The bundle's content does not match its checksum");
  });
});
