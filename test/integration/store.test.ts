import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, type ErrorPayload } from '../../shared/errors.ts';
import { createDispatcher, type Dispatcher } from '../../electron/core/dispatch.ts';
import { backupDir, backupStore } from '../../electron/core/db/backup.ts';
import { APPLICATION_ID, STORE_FILE, storePath } from '../../electron/core/db/open.ts';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/schema.ts';
import { getMeta, openStore, type Store } from '../../electron/core/store.ts';
import { err, ok } from '../helpers/desk.ts';

// The core on a real SQLite file in a temp folder, driven through dispatch as every door does.

const dirs: string[] = [];
const stores: Store[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-store-'));
  dirs.push(dir);
  return dir;
}

async function open(dir: string): Promise<Store> {
  const store = await openStore(dir);
  stores.push(store);
  return store;
}

afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});



async function setup(): Promise<{ dir: string; store: Store; d: Dispatcher }> {
  const dir = tempDir();
  const store = await open(dir);
  return { dir, store, d: createDispatcher(store, { checkOutput: true }) };
}

const MISSING = '99999999-9999-4999-8999-999999999999';

describe('people and institutions through dispatch', () => {
  it('creates, gets and lists institutions and people', async () => {
    const { d } = await setup();
    const inst = ok(d.dispatch('institutions.create', { name: '  Ministry of Environment ', acronym: 'MoE', website: 'https://env.example.org' }));
    expect(inst).toMatchObject({ name: 'Ministry of Environment', acronym: 'MoE', website: 'https://env.example.org', email: null, deleted: false, peopleCount: 0 });
    expect(inst.id).toMatch(/^[0-9a-f-]{36}$/);

    const ann = ok(
      d.dispatch('people.create', { name: 'José Pérez', title: 'Director', institutionId: inst.id, email: 'jose@env.example.org', languages: ['es', 'en'], phone: '' }),
    );
    expect(ann).toMatchObject({
      name: 'José Pérez',
      title: 'Director',
      institutionId: inst.id,
      institutionName: 'Ministry of Environment',
      institutionDeleted: false,
      email: 'jose@env.example.org',
      phone: null,
      languages: ['es', 'en'],
      notes: null,
      deleted: false,
    });
    expect(ok(d.dispatch('people.get', { id: ann.id }))).toEqual(ann);
    ok(d.dispatch('people.create', { name: 'bob Smith' }));
    ok(d.dispatch('people.create', { name: 'Alice Jones' }));

    const list = ok(d.dispatch('people.list', {}));
    expect(list.total).toBe(3);
    expect(list.items.map((p) => p.name)).toEqual(['Alice Jones', 'bob Smith', 'José Pérez']);
    expect(ok(d.dispatch('people.list', { limit: 1, offset: 1 }))).toMatchObject({ total: 3, items: [{ name: 'bob Smith' }] });
    expect(ok(d.dispatch('people.list', { institutionId: inst.id })).items.map((p) => p.id)).toEqual([ann.id]);
    expect(ok(d.dispatch('institutions.get', { id: inst.id })).peopleCount).toBe(1);
    expect(err(d.dispatch('people.get', { id: MISSING })).code).toBe('not_found');
  });

  it('search is accent- and case-insensitive and every word must match', async () => {
    const { d } = await setup();
    const jose = ok(d.dispatch('people.create', { name: 'José Pérez', email: 'jp@example.org' }));
    const maria = ok(d.dispatch('people.create', { name: 'MARÍA Núñez', title: 'Focal point' }));
    ok(d.dispatch('people.create', { name: 'José Alvarez' }));
    const names = (query: string) =>
      ok(d.dispatch('people.list', { query }))
        .items.map((p) => p.id)
        .sort();

    expect(names('jose')).toHaveLength(2);
    expect(names('jose perez')).toEqual([jose.id]);
    expect(names('PÉREZ   José')).toEqual([jose.id]);
    expect(names('perez garcia')).toEqual([]);
    expect(names('maria nunez')).toEqual([maria.id]);
    expect(names('focal')).toEqual([maria.id]); // title is searchable
    expect(names('jp@example')).toEqual([jose.id]); // so is e-mail
    expect(names('%')).toEqual([]); // no wildcards
    expect(names('_')).toEqual([]);
    expect(names('')).toHaveLength(3);
    expect(ok(d.dispatch('people.list', { query: 'jose' })).total).toBe(2);

    ok(d.dispatch('institutions.create', { name: 'Kenya Wildlife Service', acronym: 'KWS' }));
    ok(d.dispatch('institutions.create', { name: 'Ministère de l’Écologie' }));
    expect(ok(d.dispatch('institutions.list', { query: 'kws' })).items.map((i) => i.name)).toEqual(['Kenya Wildlife Service']);
    expect(ok(d.dispatch('institutions.list', { query: 'ministere ecologie' })).items.map((i) => i.name)).toEqual(['Ministère de l’Écologie']);
  });

  it('search follows updates', async () => {
    const { d } = await setup();
    const p = ok(d.dispatch('people.create', { name: 'Old Name' }));
    ok(d.dispatch('people.update', { id: p.id, patch: { name: 'Nouveau Nom' } }));
    expect(ok(d.dispatch('people.list', { query: 'old' })).total).toBe(0);
    expect(ok(d.dispatch('people.list', { query: 'nouveau' })).total).toBe(1);
  });

  it('updates, deletes and restores', async () => {
    const { d } = await setup();
    const inst = ok(d.dispatch('institutions.create', { name: 'KWS' }));
    const p = ok(d.dispatch('people.create', { name: 'Ann', email: 'ann@x.org' }));

    const updated = ok(d.dispatch('people.update', { id: p.id, patch: { title: 'Dr', institutionId: inst.id, email: '' } }));
    expect(updated).toMatchObject({ name: 'Ann', title: 'Dr', institutionId: inst.id, institutionName: 'KWS', email: null });
    expect(ok(d.dispatch('people.get', { id: p.id }))).toEqual(updated);

    const deleted = ok(d.dispatch('people.delete', { id: p.id }));
    expect(deleted.deleted).toBe(true);
    expect(ok(d.dispatch('people.list', {})).total).toBe(0);
    expect(ok(d.dispatch('people.list', { includeDeleted: true })).items.map((x) => [x.id, x.deleted])).toEqual([[p.id, true]]);
    expect(ok(d.dispatch('people.get', { id: p.id })).deleted).toBe(true);
    expect(ok(d.dispatch('institutions.get', { id: inst.id })).peopleCount).toBe(0);
    expect(err(d.dispatch('people.update', { id: p.id, patch: { title: 'Prof' } })).code).toBe('row_deleted');
    expect(err(d.dispatch('people.delete', { id: p.id })).code).toBe('row_deleted');

    const restored = ok(d.dispatch('people.restore', { id: p.id }));
    expect(restored).toEqual({ ...updated, deleted: false });
    expect(ok(d.dispatch('people.list', {})).total).toBe(1);
    expect(err(d.dispatch('people.restore', { id: p.id })).code).toBe('row_not_deleted');
    expect(err(d.dispatch('people.delete', { id: MISSING })).code).toBe('not_found');

    // a deleted institution still shows on its people, marked as deleted
    ok(d.dispatch('institutions.delete', { id: inst.id }));
    expect(ok(d.dispatch('people.get', { id: p.id }))).toMatchObject({ institutionId: inst.id, institutionName: 'KWS', institutionDeleted: true });
    expect(ok(d.dispatch('institutions.list', {})).total).toBe(0);
    expect(ok(d.dispatch('institutions.list', { includeDeleted: true })).total).toBe(1);
    ok(d.dispatch('institutions.restore', { id: inst.id }));
    expect(ok(d.dispatch('people.get', { id: p.id })).institutionDeleted).toBe(false);
    expect(ok(d.dispatch('app.dump', {})).conflicts).toEqual([]);
  });

  it('an update that changes nothing writes no op', async () => {
    const { d } = await setup();
    const p = ok(d.dispatch('people.create', { name: 'Ann', languages: ['en'] }));
    const ops = ok(d.dispatch('app.info', {})).counts.ops;
    ok(d.dispatch('people.update', { id: p.id, patch: { name: 'Ann', languages: ['en'] } }));
    expect(ok(d.dispatch('app.info', {})).counts.ops).toBe(ops);
    ok(d.dispatch('people.update', { id: p.id, patch: { name: 'Anne' } }));
    expect(ok(d.dispatch('app.info', {})).counts.ops).toBe(ops + 1);
  });

  it('refused calls leave the store unchanged', async () => {
    const { d } = await setup();
    const inst = ok(d.dispatch('institutions.create', { name: 'KWS' }));
    const p = ok(d.dispatch('people.create', { name: 'Ann' }));
    const deletedInst = ok(d.dispatch('institutions.create', { name: 'Gone' }));
    ok(d.dispatch('institutions.delete', { id: deletedInst.id }));
    const before = ok(d.dispatch('app.dump', {}));
    const infoBefore = ok(d.dispatch('app.info', {}));

    const refusals: [string, ErrorPayload, Partial<ErrorPayload>][] = [
      ['missing institution', err(d.dispatch('people.create', { name: 'Bob', institutionId: MISSING })), { code: 'invalid_input', issues: [{ path: 'institutionId', code: 'ref_missing' }] }],
      ['deleted institution', err(d.dispatch('people.create', { name: 'Bob', institutionId: deletedInst.id })), { code: 'invalid_input', issues: [{ path: 'institutionId', code: 'ref_missing' }] }],
      ['missing institution on update', err(d.dispatch('people.update', { id: p.id, patch: { institutionId: MISSING } })), { code: 'invalid_input', issues: [{ path: 'institutionId', code: 'ref_missing' }] }],
      ['invalid e-mail', err(d.dispatch('people.create', { name: 'Bob', email: 'bob-at-example' })), { code: 'invalid_input', issues: [{ path: 'email', code: 'email_invalid' }] }],
      ['invalid e-mail on update', err(d.dispatch('people.update', { id: p.id, patch: { email: 'nope' } })), { code: 'invalid_input', issues: [{ path: 'patch.email', code: 'email_invalid' }] }],
      ['invalid institution e-mail', err(d.dispatch('institutions.create', { name: 'X', email: 'x@' })), { code: 'invalid_input', issues: [{ path: 'email', code: 'email_invalid' }] }],
      ['empty name', err(d.dispatch('people.create', { name: '' })), { code: 'invalid_input', issues: [{ path: 'name', code: 'required' }] }],
      ['blank name', err(d.dispatch('people.create', { name: '   ' })), { code: 'invalid_input', issues: [{ path: 'name', code: 'required' }] }],
      ['missing name', err(d.dispatch('institutions.create', {} as never)), { code: 'invalid_input', issues: [{ path: 'name', code: 'required' }] }],
      ['blank name on update', err(d.dispatch('institutions.update', { id: inst.id, patch: { name: ' ' } })), { code: 'invalid_input', issues: [{ path: 'patch.name', code: 'required' }] }],
      ['bad website', err(d.dispatch('institutions.create', { name: 'X', website: 'javascript:alert(1)' })), { code: 'invalid_input', issues: [{ path: 'website', code: 'url_invalid' }] }],
      ['bad language', err(d.dispatch('people.create', { name: 'X', languages: ['EN'] })), { code: 'invalid_input', issues: [{ path: 'languages.0', code: 'language_invalid' }] }],
      ['unknown key', err(d.dispatchUnknown('people.create', { name: 'Bob', nickname: 'B' })), { code: 'invalid_input' }],
      ['unknown key in patch', err(d.dispatchUnknown('people.update', { id: p.id, patch: { _deleted: false } })), { code: 'invalid_input' }],
      ['unknown key in list', err(d.dispatchUnknown('people.list', { where: '1=1' })), { code: 'invalid_input' }],
      ['id not a uuid', err(d.dispatchUnknown('people.get', { id: 'not-a-uuid' })), { code: 'invalid_input', issues: [{ path: 'id', code: 'invalid' }] }],
      ['id not a uuid on delete', err(d.dispatchUnknown('people.delete', { id: "x' OR 1=1 --" })), { code: 'invalid_input' }],
      ['wrong type', err(d.dispatchUnknown('people.create', { name: 42 })), { code: 'invalid_input' }],
      ['not an object', err(d.dispatchUnknown('people.create', 'Bob')), { code: 'invalid_input' }],
      ['array input', err(d.dispatchUnknown('people.list', [])), { code: 'invalid_input' }],
      ['limit out of range', err(d.dispatchUnknown('people.list', { limit: 0 })), { code: 'invalid_input' }],
      ['update missing', err(d.dispatch('people.update', { id: MISSING, patch: { name: 'X' } })), { code: 'not_found' }],
      ['unknown channel', err(d.dispatchUnknown('people.drop', {})), { code: 'unknown_channel' }],
      ['prototype channel', err(d.dispatchUnknown('constructor', {})), { code: 'unknown_channel' }],
      ['non-string channel', err(d.dispatchUnknown(42, {})), { code: 'unknown_channel' }],
    ];
    for (const [label, error, expected] of refusals) {
      expect(error, label).toMatchObject(expected);
      expect(typeof error.message, label).toBe('string');
    }
    // unknown keys get their own issue code
    const unknownKey = err(d.dispatchUnknown('people.create', { name: 'Bob', nickname: 'B' }));
    expect(unknownKey.issues?.map((i) => i.code)).toEqual(['unknown_field']);

    expect(ok(d.dispatch('app.dump', {}))).toEqual(before);
    expect(ok(d.dispatch('app.info', {}))).toEqual(infoBefore);
  });

  it('a failed write does not move the clock', async () => {
    const { store } = await setup();
    const before = store.clock();
    expect(() =>
      store.write(() => {
        store.tick();
        store.tick();
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.clock()).toEqual(before);
    expect(() => store.tick()).toThrow();
    const h = store.write(() => store.tick());
    expect(store.clock()).toMatchObject({ node: store.nodeId });
    expect(h.endsWith(store.nodeId)).toBe(true);
  });
});

describe('settings', () => {
  it('country and language persist; unknown country codes are refused', async () => {
    const { dir, d } = await setup();
    expect(ok(d.dispatch('settings.get', {}))).toMatchObject({ country: null, language: 'en' });
    expect(ok(d.dispatch('settings.update', { country: 'KE' }))).toMatchObject({ country: 'KE', language: 'en' });
    expect(ok(d.dispatch('settings.update', { language: 'fr' }))).toMatchObject({ country: 'KE', language: 'fr' });

    for (const country of ['XX', 'ke', 'KEN', '']) {
      expect(err(d.dispatchUnknown('settings.update', { country })), country).toMatchObject({ code: 'invalid_input', issues: [{ path: 'country', code: 'country_invalid' }] });
    }
    expect(err(d.dispatchUnknown('settings.update', { language: 'xx' })).code).toBe('invalid_input');
    expect(err(d.dispatchUnknown('settings.update', { theme: 'purple' })).code).toBe('invalid_input');
    expect(err(d.dispatchUnknown('settings.update', { colour: 'dark' })).code).toBe('invalid_input');
    expect(ok(d.dispatch('settings.get', {})).theme).toBe('system');
    expect(ok(d.dispatch('settings.update', { theme: 'dark' })).theme).toBe('dark');
    const saved = ok(d.dispatch('settings.get', {}));
    expect(saved).toMatchObject({ country: 'KE', language: 'fr', theme: 'dark' });
    expect(ok(d.dispatch('app.info', {})).country).toBe('KE');

    stores.splice(0).forEach((s) => s.close());
    const again = createDispatcher(await open(dir));
    expect(ok(again.dispatch('settings.get', {}))).toEqual(saved);
  });
});

describe('restart', () => {
  it('data, node id and clock survive closing and reopening the folder', async () => {
    const { dir, store, d } = await setup();
    const inst = ok(d.dispatch('institutions.create', { name: 'KWS' }));
    const p = ok(d.dispatch('people.create', { name: 'Ann', institutionId: inst.id }));
    ok(d.dispatch('people.delete', { id: p.id }));
    const dump = ok(d.dispatch('app.dump', {}));
    const info = ok(d.dispatch('app.info', {}));
    const clock = store.clock();
    expect(info).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION, nodeId: store.nodeId, dataDir: dir, counts: { institution: 1, person: 0 } });
    expect(info.nodeId).toMatch(/^[0-9a-f]{16}$/);
    store.close();

    const reopened = await open(dir);
    const d2 = createDispatcher(reopened);
    expect(reopened.nodeId).toBe(info.nodeId);
    expect(reopened.clock()).toEqual(clock);
    expect(ok(d2.dispatch('app.dump', {}))).toEqual(dump);
    expect(ok(d2.dispatch('app.info', {}))).toEqual(info);
    // and a new edit is later than every earlier one
    const maxBefore = (reopened.db.prepare('SELECT max(hlc) AS h FROM ops').get() as { h: string }).h;
    ok(d2.dispatch('people.restore', { id: p.id }));
    const maxAfter = (reopened.db.prepare('SELECT max(hlc) AS h FROM ops').get() as { h: string }).h;
    expect(maxAfter > maxBefore).toBe(true);
    expect(ok(d2.dispatch('app.check', {}))).toEqual({ ok: true, problems: [] });
  });

  it('a store copied to another folder gets a new node id and keeps its data', async () => {
    const { dir, store, d } = await setup();
    ok(d.dispatch('people.create', { name: 'Ann' }));
    const dump = ok(d.dispatch('app.dump', {}));
    const oldId = store.nodeId;
    store.close();

    const copy = tempDir();
    fs.copyFileSync(storePath(dir), storePath(copy));
    const copied = await open(copy);
    expect(copied.nodeId).toMatch(/^[0-9a-f]{16}$/);
    expect(copied.nodeId).not.toBe(oldId);
    expect(JSON.parse(getMeta(copied.db, 'previous_node_ids') ?? '[]')).toEqual([oldId]);
    expect(ok(createDispatcher(copied).dispatch('app.dump', {}))).toEqual(dump);
    // the new id is kept on the copy's next open, and the original keeps its own
    copied.close();
    expect((await open(copy)).nodeId).toBe(copied.nodeId);
    expect((await open(dir)).nodeId).toBe(oldId);
  });
});

// ---- refusing files that are not ours, too new or damaged ----

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, f);
    out[f] = fs.statSync(p).isDirectory() ? 'dir' : crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
  }
  return out;
}

/**
 * The folder after a refusal: every file that was there is byte-identical, and nothing that could
 * change the database was added (an empty -wal and a -shm index are SQLite's read-only bookkeeping).
 */
function expectUntouched(dir: string, before: Record<string, string>): void {
  const after = snapshot(dir);
  for (const [f, hash] of Object.entries(before)) expect(after[f], f).toBe(hash);
  for (const f of Object.keys(after).filter((f) => !(f in before))) {
    expect([`${STORE_FILE}-wal`, `${STORE_FILE}-shm`], `unexpected new file ${f}`).toContain(f);
    if (f.endsWith('-wal')) expect(fs.statSync(path.join(dir, f)).size, 'a -wal with content').toBe(0);
  }
  expect(fs.existsSync(backupDir(dir)) && !('backups' in before) ? 'backups created' : 'no backups').toBe('no backups');
}

/** deterministic pseudo-random bytes */
function garbage(length: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; parts.length * 32 < length; i++) parts.push(crypto.createHash('sha256').update(`garbage ${i}`).digest());
  return Buffer.concat(parts).subarray(0, length);
}

async function refusal(dir: string): Promise<AppError> {
  try {
    const s = await openStore(dir);
    s.close();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('the store was opened');
}

describe('opening files that are not a usable store', () => {
  it('a store from a newer version is refused, byte for byte unchanged', async () => {
    const { dir, store, d } = await setup();
    ok(d.dispatch('people.create', { name: 'Ann' }));
    store.close();
    const raw = new Database(storePath(dir));
    raw.pragma('user_version = 99');
    raw.close();
    const before = snapshot(dir);
    expect(Object.keys(before)).toEqual([STORE_FILE]); // the -wal was checkpointed away

    const e = await refusal(dir);
    expect(e.code).toBe('store_too_new');
    expect(e.params).toMatchObject({ version: 99, supported: LATEST_SCHEMA_VERSION });
    expect(e.message).toMatch(/newer/);
    expectUntouched(dir, before);
    // twice: still refused, still unchanged
    expect((await refusal(dir)).code).toBe('store_too_new');
    expectUntouched(dir, before);
    const check = new Database(storePath(dir), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(99);
    check.close();
  });

  it('a newer store with changes still in its -wal is refused, the -wal untouched', async () => {
    const { dir, store, d } = await setup();
    ok(d.dispatch('people.create', { name: 'Ann' }));
    store.close();
    const raw = new Database(storePath(dir));
    raw.pragma('wal_autocheckpoint = 0');
    raw.pragma('user_version = 99');
    raw.exec("INSERT INTO settings (key, value) VALUES ('written_by', 'v99')");
    // copy the files as they are while the newer version still has the store open
    const copy = tempDir();
    fs.copyFileSync(storePath(dir), storePath(copy));
    fs.copyFileSync(`${storePath(dir)}-wal`, `${storePath(copy)}-wal`);
    raw.close();
    expect(fs.statSync(`${storePath(copy)}-wal`).size).toBeGreaterThan(0);
    const before = snapshot(copy);

    const e = await refusal(copy);
    expect(e.code).toBe('store_too_new');
    expectUntouched(copy, before);
  });

  it('a text file named like the store is refused as not SQLite, unchanged', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, STORE_FILE), 'name,email\nAnn,ann@example.org\n');
    const before = snapshot(dir);
    const e = await refusal(dir);
    expect(e.code).toBe('store_not_sqlite');
    expect(e.message).toContain(STORE_FILE);
    expect(snapshot(dir)).toEqual(before);
  });

  it("another program's SQLite database is refused as foreign, unchanged", async () => {
    const dir = tempDir();
    const raw = new Database(path.join(dir, STORE_FILE));
    raw.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5);");
    raw.close();
    const before = snapshot(dir);
    const e = await refusal(dir);
    expect(e.code).toBe('store_foreign');
    expect(snapshot(dir)).toEqual(before);
  });

  it("another program's WAL-mode database with only a user_version is refused as foreign", async () => {
    const dir = tempDir();
    const raw = new Database(path.join(dir, STORE_FILE));
    raw.pragma('journal_mode = WAL');
    raw.pragma('user_version = 1');
    raw.close();
    const before = snapshot(dir);
    expect((await refusal(dir)).code).toBe('store_foreign');
    expectUntouched(dir, before);
  });

  it.each([
    ['garbage after a valid header', (buf: Buffer) => Buffer.concat([buf.subarray(0, 100), garbage(buf.length - 100)])],
    ['truncated to its header page', (buf: Buffer) => buf.subarray(0, 4096 + 100)],
    ['page 1 intact, the rest garbled', (buf: Buffer) => Buffer.concat([buf.subarray(0, 4096), Buffer.alloc(buf.length - 4096, 0x5a)])],
  ])('a damaged store (%s) is refused as corrupt, unchanged', async (_label, damage) => {
    const { dir, store, d } = await setup();
    for (let i = 0; i < 30; i++) ok(d.dispatch('people.create', { name: `Person ${i}`, notes: 'x'.repeat(500) }));
    store.close();
    const file = storePath(dir);
    fs.writeFileSync(file, damage(fs.readFileSync(file)));
    const before = snapshot(dir);
    const e = await refusal(dir);
    expect(e.code).toBe('store_corrupt');
    expectUntouched(dir, before);
  });

  it('an empty file is treated as a new store', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, STORE_FILE), '');
    const s = await open(dir);
    expect(ok(createDispatcher(s).dispatch('app.info', {})).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });
});

describe('backups', () => {
  it('an older store (user_version 0, our application id) is backed up before migration', async () => {
    const dir = tempDir();
    const raw = new Database(path.join(dir, STORE_FILE));
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.exec("CREATE TABLE legacy_notes (txt TEXT); INSERT INTO legacy_notes VALUES ('kept');");
    raw.close();

    const s = await open(dir);
    const d = createDispatcher(s);
    expect(ok(d.dispatch('app.info', {})).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    ok(d.dispatch('people.create', { name: 'Ann' }));

    const backups = () => fs.readdirSync(backupDir(dir)).filter((f) => f.endsWith('.sqlite'));
    const files = backups();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`before-migration-0-to-${LATEST_SCHEMA_VERSION}\\.sqlite$`));
    const backup = new Database(path.join(backupDir(dir), files[0]), { readonly: true, fileMustExist: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(0);
    expect(backup.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(backup.prepare('SELECT txt FROM legacy_notes').all()).toEqual([{ txt: 'kept' }]);
    expect(backup.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'ops'").get()).toEqual({ n: 0 });
    backup.close();

    // reopening the migrated store takes no further backup (a read-only open of the WAL-mode
    // backup above may leave -wal/-shm next to it, hence the filter)
    s.close();
    await open(dir);
    expect(backups()).toEqual(files);
  });

  it('a brand-new store takes no backup', async () => {
    const { dir } = await setup();
    expect(fs.existsSync(backupDir(dir))).toBe(false);
  });

  it('backupStore writes a readable SQLite copy and keeps the newest 10', async () => {
    const { dir, store, d } = await setup();
    ok(d.dispatch('people.create', { name: 'Ann' }));
    const written: string[] = [];
    for (let i = 1; i <= 12; i++) {
      written.push(await backupStore(store.db, dir, `test-${String(i).padStart(2, '0')} x/y`));
    }
    const kept = fs
      .readdirSync(backupDir(dir))
      .filter((f) => f.endsWith('.sqlite'))
      .sort();
    expect(kept).toHaveLength(10);
    expect(kept).toEqual(written.slice(2).map((f) => path.basename(f)));
    for (const f of kept) expect(f).toMatch(/^[0-9TZ-]+-test-\d\d_x_y\.sqlite$/);

    const copy = new Database(written[11], { readonly: true, fileMustExist: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(copy.prepare('SELECT name FROM person').all()).toEqual([{ name: 'Ann' }]);
    copy.close();

    // a backup is itself a store that opens
    const restoredDir = tempDir();
    fs.copyFileSync(written[11], storePath(restoredDir));
    const restored = await open(restoredDir);
    expect(ok(createDispatcher(restored).dispatch('people.list', {})).items.map((p) => p.name)).toEqual(['Ann']);
  });
});
