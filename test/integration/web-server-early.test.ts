import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../electron/core/dispatch.ts';
import { openStore, type Store } from '../../electron/core/store.ts';
import { doorOf, startWebServer, TOKEN_HEADER, type ChangeFeed } from '../../electron/web/server.ts';
import { tempDir } from '../helpers/app-server.ts';

// Browser mode serves the page before the core has opened the store (electron/web/main.ts): the
// page's files answer at once, its calls wait for the core and then get the real answer, and the
// change feed starts once the store is there.

const scratch = tempDir('sd-early-');
let store: Store | undefined;
afterAll(() => {
  store?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('browser mode while the core is still opening', () => {
  it('serves the page at once and answers its calls once the store is open', async () => {
    const staticDir = path.join(scratch, 'renderer');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>desk</title>');
    let openNow!: (d: { dispatcher: Dispatcher; feed: ChangeFeed }) => void;
    const core = new Promise<{ dispatcher: Dispatcher; feed: ChangeFeed }>((resolve) => (openNow = resolve));
    const server = await startWebServer({ core: core.then((c) => doorOf(c.dispatcher)), changes: core.then((c) => c.feed), staticDir });
    try {
      const origin = `http://127.0.0.1:${server.port}`;
      const page = await fetch(`${origin}/?token=${server.token}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>desk</title>');
      const cookie = page.headers.get('set-cookie')!.split(';')[0];

      let answered = false;
      const call = fetch(`${origin}/rpc/app.info`, { method: 'POST', headers: { [TOKEN_HEADER]: server.token, 'content-type': 'application/json' }, body: '{}' }).then((r) => {
        answered = true;
        return r.json();
      });
      const events = await fetch(`${origin}/events`, { headers: { cookie } });
      expect(events.status).toBe(200);
      await new Promise((r) => setTimeout(r, 150));
      expect(answered).toBe(false);

      store = await openStore(path.join(scratch, 'desk'));
      const dispatcher = createDispatcher(store);
      openNow({ dispatcher, feed: store });
      const info = await call;
      expect(info.ok).toBe(true);
      expect(info.data.counts.ops).toBe(0);

      // the feed opened before the store hears a write made after it
      const reader = events.body!.getReader();
      const written = dispatcher.dispatch('people.create', { name: 'Amina Diallo' });
      expect(written.ok).toBe(true);
      let text = '';
      while (!text.includes('data:')) text += new TextDecoder().decode((await reader.read()).value);
      expect(text).toMatch(/"topics":\[[^\]]*"person"/);
      await reader.cancel();
    } finally {
      await server.close();
    }
  });
});
