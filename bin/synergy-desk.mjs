#!/usr/bin/env node
// The synergy-desk command: the CLI door to the core (electron/cli.ts), run through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli.ts');
process.exitCode = await main(process.argv.slice(2));
