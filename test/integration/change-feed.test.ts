import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { openStore } from '../../electron/core/store.ts';
import { ROOT, startApp, tempDir, type RunningApp } from '../helpers/app-server.ts';
import { openFeed, sessionCookie } from '../helpers/events.ts';
import { rpc } from '../helpers/ui.ts';

// The change feed of browser mode: after a write through the app, and after the CLI imported a
// bundle into the store the app has open, the page hears which entities changed (names only).

let scratch: string;
let app: RunningApp;
let other: RunningApp;

beforeAll(async () => {
  scratch = tempDir('sd-feed-');
  [app, other] = await Promise.all([startApp(path.join(scratch, 'desk')), startApp(path.join(scratch, 'other'))]);
});
afterAll(async () => {
  await Promise.all([app?.stop(), other?.stop()]);
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('the change feed in browser mode', () => {
  it('needs the session cookie of this desk (per port), like every other request', async () => {
    expect((await fetch(`${app.origin}/events`)).status).toBe(401);
    const otherCookie = await sessionCookie(other);
    expect(otherCookie).toMatch(new RegExp(`^sd_token_${new URL(other.origin).port}=`));
    // another desk's cookie opens nothing here, and does not replace this desk's own
    expect((await fetch(`${app.origin}/events`, { headers: { cookie: otherCookie } })).status).toBe(401);
    const both = `${await sessionCookie(app)}; ${otherCookie}`;
    const res = await fetch(`${app.origin}/events`, { headers: { cookie: both } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await res.body?.cancel();
  });

  it('names the entity after a write through the app, and carries no row data', async () => {
    const feed = await openFeed(app, await sessionCookie(app));
    try {
      await rpc(app, 'institutions.create', { name: 'Ministry of Environment and Forestry' });
      expect(await feed.next((e) => e.topics.includes('institution'))).toEqual({ topics: ['institution'], external: false });
      await rpc(app, 'settings.update', { deviceLabel: 'CITES MA — Wildlife Service' });
      expect(await feed.next((e) => e.topics.includes('settings'))).toEqual({ topics: ['settings'], external: false });
      expect(feed.raw.join('\n')).not.toMatch(/Ministry|Wildlife/);
    } finally {
      feed.close();
    }
  });

  it('hears a bundle the CLI imports into the open store within two seconds', async () => {
    // a colleague's desk, with one person, exported to a file
    const colleague = await openStore(path.join(scratch, 'colleague'));
    const d = createDispatcher(colleague);
    const created = d.dispatch('people.create', { name: 'Achieng Odhiambo' });
    if (!created.ok) throw new Error(created.error.message);
    const exported = d.dispatch('sync.export', {});
    if (!exported.ok) throw new Error(exported.error.message);
    colleague.close();
    const file = path.join(scratch, 'colleague.sdbundle');
    fs.writeFileSync(file, exported.data.content);

    const feed = await openFeed(app, await sessionCookie(app));
    try {
      const started = Date.now();
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/synergy-desk.mjs'), 'bundle', 'import', file, '--data-dir', app.dataDir], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
      expect(r.status, r.stderr).toBe(0);
      const imported = Date.now();
      const event = await feed.next((e) => e.external && e.topics.includes('person'), 2000 + (imported - started));
      expect(Date.now() - imported).toBeLessThan(2000);
      expect(event.topics).toEqual(expect.arrayContaining(['person', 'institution', 'imports']));
      const people = await rpc<{ items: { name: string }[] }>(app, 'people.list', {});
      expect(people.items.map((p) => p.name)).toContain('Achieng Odhiambo');
    } finally {
      feed.close();
    }
  });
});
