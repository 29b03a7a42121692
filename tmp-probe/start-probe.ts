import fs from 'node:fs';
import { launchBrowser } from '../test/helpers/browser.ts';
import { startApp } from '../test/helpers/app-server.ts';
import { seededDesk } from '../test/bench/seed.ts';

const keep = '/tmp/sd-start-probe';
let dir = keep;
if (!fs.existsSync(keep + '/.seeded')) {
  const d = await seededDesk('sd-probe-', 10_000);
  d.store.close();
  fs.rmSync(keep, { recursive: true, force: true });
  fs.cpSync(d.dir, keep, { recursive: true });
  fs.writeFileSync(keep + '/.seeded', '');
}
const browser = await launchBrowser();
for (let i = 0; i < 4; i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const t0 = performance.now();
  const app = await startApp(dir, [], { prebuilt: true });
  const ready = performance.now() - t0;
  await page.goto(app.url, { waitUntil: 'commit' });
  const committed = performance.now() - t0;
  await page.waitForLoadState('domcontentloaded');
  const dcl = performance.now() - t0;
  await page.locator('.attention-item').first().waitFor();
  const first = performance.now() - t0;
  const nav = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('resource').map((e: any) => [e.name.split('/').pop()!.slice(0, 30), Math.round(e.startTime), Math.round(e.responseEnd)])));
  console.log({ ready: Math.round(ready), committed: Math.round(committed), dcl: Math.round(dcl), first: Math.round(first) });
  if (i === 3) console.log(nav);
  await page.close();
  await app.stop();
}
await browser.close();
