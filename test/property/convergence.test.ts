import fc from 'fast-check';
import { describe, it } from 'vitest';
import { convergenceHolds, scenarioArb } from './convergence-model.ts';

// N desks (real stores in temp folders) write and exchange bundles in random order, with
// duplicates and relays; after a full exchange round they all hold the same state, which follows
// from the ops by the rules, and nothing anyone wrote is lost. See convergence-model.ts.
// A failure prints the seed and path: rerun with CONVERGENCE_SEED=<seed> CONVERGENCE_PATH=<path>.
// npm test runs 100 cases (about 35 s); npm run test:convergence runs the same property 10,000 times.

const seed = process.env.CONVERGENCE_SEED ? Number(process.env.CONVERGENCE_SEED) : undefined;
const path = process.env.CONVERGENCE_PATH;
const numRuns = Number(process.env.CONVERGENCE_RUNS ?? 100);

describe('convergence', () => {
  it('desks that exchange bundles in any order converge without losing a write', { timeout: 300_000 }, async () => {
    await fc.assert(fc.asyncProperty(scenarioArb(), convergenceHolds), { numRuns, seed, path, endOnFailure: !!path });
  });
});
