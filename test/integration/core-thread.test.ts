import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../shared/changes.ts';
import { startCoreThread } from '../../electron/web/core-thread.ts';
import { tempDir } from '../helpers/app-server.ts';

// Browser mode's core runs in a thread of its own (electron/web/core-thread.ts): the server's
// thread hands it each call and gets the answer as JSON text; the store's changes come back as
// the feed; a store that cannot open is said in the core's own words; stopping closes the store.

const scratch = tempDir('sd-core-thread-');
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe("browser mode's core thread", () => {
  it('answers calls, refuses bad input, sends the change feed and stops cleanly', async () => {
    const dir = path.join(scratch, 'desk');
    const core = startCoreThread(dir);
    const door = await core.door;
    const feed = await core.changes;
    const heard: ChangeEvent[] = [];
    feed.onChange((e) => heard.push(e));

    const info = JSON.parse(await door.answer('app.info', {}));
    expect(info).toMatchObject({ ok: true, data: { dataDir: dir, counts: { ops: 0 } } });
    const created = JSON.parse(await door.answer('people.create', { name: 'Amina Diallo' }));
    expect(created.ok).toBe(true);
    const bad = JSON.parse(await door.answer('people.create', { name: 42 }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = JSON.parse(await door.answer('no.such.channel', {}));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    // calls answer in turn, each to its own caller
    const many = await Promise.all(Array.from({ length: 20 }, (_, i) => door.answer('people.create', { name: `Person ${i}` })));
    expect(many.map((m) => JSON.parse(m).data.name)).toEqual(Array.from({ length: 20 }, (_, i) => `Person ${i}`));
    await new Promise((r) => setTimeout(r, 50));
    expect(heard.some((e) => e.topics.includes('person'))).toBe(true);

    await core.stop();
    expect(await core.ended).toBe(0);
    // the store was closed: a new core opens it and sees the 21 people
    const again = startCoreThread(dir);
    const list = JSON.parse(await (await again.door).answer('app.info', {}));
    expect(list.data.counts.person).toBe(21);
    await again.stop();
  });

  it('says why a store cannot open, and ends', async () => {
    const dir = path.join(scratch, 'not-a-store');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'synergy-desk.sqlite'), 'this is not a database');
    const core = startCoreThread(dir);
    await expect(core.door).rejects.toThrow(/not a Synergy Desk store/);
    await core.ended;
    expect(fs.readFileSync(path.join(dir, 'synergy-desk.sqlite'), 'utf8')).toBe('this is not a database');
  });
});
