import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run npm test (it installs it) or apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: ['--disable-gpu', '--disable-quic', '--no-first-run'] });
}
