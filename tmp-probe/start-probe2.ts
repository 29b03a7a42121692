import { launchBrowser } from '../test/helpers/browser.ts';
import { browserStart } from '../test/bench/browser-start.ts';
const browser = await launchBrowser();
await browserStart(browser, '/tmp/sd-start-probe', true);
const r = [] as any[];
for (let i = 0; i < 8; i++) r.push(await browserStart(browser, '/tmp/sd-start-probe', true));
const med = (k: string) => r.map((x) => x[k]).sort((a, b) => a - b)[4];
console.log('ready', med('serverReadyMs'), 'first', med('firstInteractiveScreenMs'), r.map((x) => x.firstInteractiveScreenMs).join(' '));
await browser.close();
