import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './layers.ts';

// Doyensec's Electronegativity, run programmatically in a child Node process, offline:
// - its one HTTP client (got) is replaced by a stub that records the URL and fails, and every
//   socket is refused, so nothing leaves the machine (it fetches translations at start, and
//   AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release list from GitHub);
// - the Electron version is given (the installed node_modules/electron), not looked up;
// - a child process because it registers a global `__` (its i18n) in the process it runs in.

const require = createRequire(import.meta.url);
const RUNNER = require.resolve('@doyensec/electronegativity/dist/runner.js');
export const ELECTRON_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

/**
 * Checks left out, each for a reason:
 * - AvailableSecurityFixesGlobalCheck: needs the network (Electron's release list from GitHub);
 *   which Electron we ship is package.json's business, kept current with npm.
 */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

export interface Finding {
  id: string;
  file: string;
  line: number;
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
  confidence: string;
  manualReview: boolean;
  description: string;
}

export interface ScanResult {
  checks: { global: number; atomic: number };
  /** files it could not parse */
  errors: { file: string; message: string }[];
  findings: Finding[];
  /** what tried to reach the network (all refused) */
  network: { got: string[]; sockets: number };
}

const CHILD = `
const Module = require('node:module');
const net = require('node:net');
const got = [];
let sockets = 0;
net.Socket.prototype.connect = function () { sockets++; throw new Error('offline'); };
const load = Module._load;
Module._load = function (request) {
  if (request === 'got') {
    const refuse = async (url) => { got.push(String(url)); throw new Error('offline'); };
    refuse.head = refuse;
    return refuse;
  }
  return load.apply(this, arguments);
};
const [runner, input, version, excluded] = process.argv.slice(2);
const run = ((m) => m.default ?? m)(require(runner));
run({ input, customScan: [], excludeFromScan: excluded.split(','), electronVersionOverride: version, parserPlugins: [], isRelative: false }, false).then((r) => {
  const findings = r.issues.map((i) => ({ id: i.id, file: i.file, line: i.location.line, severity: i.severity.name, confidence: i.confidence.name, manualReview: Boolean(i.manualReview), description: i.description }));
  process.stdout.write('\\n' + JSON.stringify({ checks: { global: r.globalChecks, atomic: r.atomicChecks }, errors: r.errors, findings, network: { got, sockets } }) + '\\n');
});
`;

/** Runs every check (but EXCLUDED_CHECKS) over a folder or file. */
export function electronegativity(input: string): ScanResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-eng-'));
  try {
    const script = path.join(dir, 'run.cjs');
    fs.writeFileSync(script, CHILD);
    const output = execFileSync(process.execPath, [script, RUNNER, input, ELECTRON_VERSION, EXCLUDED_CHECKS.join(',')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en-US' },
      timeout: 60_000,
    });
    return JSON.parse(output.trim().split('\n').pop()!) as ScanResult;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
