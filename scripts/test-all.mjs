#!/usr/bin/env node
// npm test: everything a fresh machine needs, then every test (type check, unit, integration,
// property, component, end-to-end in Debian's Chromium). Ends with "Tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd, args, opts = {}) {
  process.stdout.write(`\n$ ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  return r.status ?? 1;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
let aptUpdated = false;

/** apt-get install of Debian packages, as root only; true when it ran without error */
function aptInstall(...packages) {
  if (!isRoot || !hasApt) return false;
  if (!aptUpdated && run('apt-get', ['update', '-qq']) !== 0) return false;
  aptUpdated = true;
  return run('apt-get', ['install', '-y', '-qq', ...packages], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }) === 0;
}

function ensureChromium() {
  if (fs.existsSync(chromium)) return;
  if (isRoot && hasApt) {
    process.stdout.write('Chromium is missing: installing it with apt-get (about a minute) …\n');
    if (aptInstall('chromium') && fs.existsSync(chromium)) return;
  }
  process.stderr.write(
    `\nThe end-to-end tests need Chromium at ${chromium}.\n` +
      `Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
      `or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.\n`,
  );
  process.exit(1);
}

// What the desk writes is read back by parsers no one here wrote, from Debian's Python packages:
// vCards by vobject, calendars by icalendar. test/helpers/python.ts looks for them with the same
// interpreters, in this order.
const PYTHONS = ['/usr/bin/python3', 'python3'];
const hasModule = (module) => PYTHONS.some((py) => spawnSync(py, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0);

function ensurePython(module, apt, what) {
  if (hasModule(module)) return;
  if (isRoot && hasApt) {
    process.stdout.write(`${apt} is missing: installing it with apt-get …\n`);
    if (aptInstall(apt) && hasModule(module)) return;
  }
  process.stderr.write(
    `\nThe ${what} tests read the export back with Python's ${module}.\n` +
      `Install it with:  sudo apt-get update && sudo apt-get install -y ${apt}\n` +
      `then run npm test again.\n`,
  );
  process.exit(1);
}

/** The report pack tests open the workbook in LibreOffice (headless, converted to CSV). */
function ensureLibreOffice() {
  const found = () => ['/usr/bin/soffice', '/usr/bin/libreoffice'].some((p) => fs.existsSync(p));
  if (found()) return;
  if (isRoot && hasApt) {
    process.stdout.write('LibreOffice Calc is missing: installing it with apt-get (about half a minute) …\n');
    if (aptInstall('--no-install-recommends', 'libreoffice-calc-nogui') && found()) return;
  }
  process.stderr.write(
    `\nThe report pack tests open the workbook in LibreOffice.\n` +
      `Install it with:  sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui\n` +
      `then run npm test again.\n`,
  );
  process.exit(1);
}

/** The briefing is printed to PDF and read back with pdftotext. */
function ensurePdftotext() {
  if (fs.existsSync('/usr/bin/pdftotext')) return;
  if (isRoot && hasApt && aptInstall('poppler-utils') && fs.existsSync('/usr/bin/pdftotext')) return;
  process.stderr.write('\nThe briefing tests read the printed PDF with pdftotext.\nInstall it with:  sudo apt-get update && sudo apt-get install -y poppler-utils\nthen run npm test again.\n');
  process.exit(1);
}

/** Two desks sync through a folder that a real Syncthing replicates (on loopback only). */
function ensureSyncthing() {
  if (fs.existsSync('/usr/bin/syncthing')) return;
  process.stdout.write('Syncthing is missing: installing it with apt-get …\n');
  if (isRoot && hasApt && aptInstall('syncthing') && fs.existsSync('/usr/bin/syncthing')) return;
  process.stderr.write('\nThe sync-folder test runs two Syncthing instances.\nInstall it with:  sudo apt-get update && sudo apt-get install -y syncthing\nthen run npm test again.\n');
  process.exit(1);
}

ensureChromium();
ensureSyncthing();
ensureLibreOffice();
ensurePdftotext();
ensurePython('vobject', 'python3-vobject', 'vCard');
ensurePython('icalendar', 'python3-icalendar', 'calendar');
if (run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) process.exit(1);
if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);
// browser mode's server as npm start runs it (test/e2e/prebuilt.test.ts starts it)
if (run('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']) !== 0) process.exit(1);

const report = path.join(root, 'test-results', 'vitest.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...process.argv.slice(2)]);
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  process.stdout.write(`\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  if (r.numTotalTests === 0) process.exit(1);
}
process.exit(status);
