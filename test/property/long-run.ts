// npm run test:convergence — the convergence property of convergence.test.ts, 10,000 runs
// (about 15 minutes on a 2-core machine). Not a vitest file.
//   CONVERGENCE_RUNS=n     how many runs (default 10000)
//   CONVERGENCE_SEED=s     replay a seed printed by an earlier run (add CONVERGENCE_PATH=p to replay one case)
import fc from 'fast-check';
import { convergenceHolds, scenarioArb, type Scenario } from './convergence-model.ts';

const numRuns = Number(process.env.CONVERGENCE_RUNS ?? 10_000);
const seed = process.env.CONVERGENCE_SEED ? Number(process.env.CONVERGENCE_SEED) : Date.now() ^ (Math.random() * 0x100000000);
const path = process.env.CONVERGENCE_PATH;
const started = Date.now();
let runs = 0;

console.log(`convergence: ${numRuns} runs, seed ${seed}`);
const counted = async (s: Scenario) => {
  await convergenceHolds(s);
  if (++runs % 500 === 0) console.log(`  ${runs} runs passed (${Math.round((Date.now() - started) / 1000)} s)`);
};

try {
  await fc.assert(fc.asyncProperty(scenarioArb(), counted), { numRuns, seed, path, endOnFailure: Boolean(path) });
  console.log(`convergence: ${numRuns} runs passed in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (err) {
  console.error((err as Error).message);
  console.error(`convergence: FAILED (seed ${seed}); rerun with CONVERGENCE_SEED=${seed}`);
  process.exitCode = 1;
}
