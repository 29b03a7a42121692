// Developer aid: node bin/run-ts.mjs scripts/screenshot.ts <url> <out.png> [hash] [--lang ar]
import { launchBrowser } from '../test/helpers/browser.ts';

const [url, out, hash = ''] = process.argv.slice(2);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url + hash);
await page.waitForTimeout(1200);
await page.screenshot({ path: out });
await browser.close();
