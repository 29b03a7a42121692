// npm run bench: prints figures and writes bench-results/bench-<time>.json. Not a test: no pass/fail.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDrafts } from './drafts.bench.ts';
import { benchFocalPoints } from './focal-points.bench.ts';
import { benchLargeStart } from './large-start.bench.ts';
import { benchLargeSync } from './large-sync.bench.ts';
import { benchPeople } from './people.bench.ts';
import { benchPositions } from './positions.bench.ts';
import { benchReporting } from './reporting.bench.ts';
import { benchSync } from './sync.bench.ts';
import { benchTargets } from './targets.bench.ts';

const only = process.argv.slice(2);
const benches: Record<string, () => Promise<Record<string, unknown>>> = {
  people: benchPeople,
  sync: benchSync,
  focalPoints: benchFocalPoints,
  targets: benchTargets,
  reporting: benchReporting,
  drafts: benchDrafts,
  positions: benchPositions,
  largeStart: benchLargeStart,
  largeSync: benchLargeSync,
};

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
};
for (const [name, run] of Object.entries(benches)) {
  if (only.length && !only.includes(name)) continue;
  process.stdout.write(`bench ${name} …\n`);
  results[name] = await run();
  process.stdout.write(`${JSON.stringify(results[name], null, 2)}\n`);
}
const dir = path.resolve('bench-results');
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(file, JSON.stringify(results, null, 2));
fs.writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(results, null, 2));
process.stdout.write(`written ${path.relative(process.cwd(), file)}\n`);
