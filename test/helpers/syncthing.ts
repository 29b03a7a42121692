import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { tempDir } from './app-server.ts';

// Real Syncthing instances for the sync-folder test: Debian's syncthing, on loopback only — no
// global or local discovery, no relays, no NAT, no usage reporting, static addresses — sharing one
// folder. Where Syncthing cannot run the helper throws, saying why: the test fails, never skips.

export const SYNCTHING = '/usr/bin/syncthing';

export interface SyncthingNode {
  home: string;
  folder: string;
  deviceId: string;
  guiPort: number;
  listenPort: number;
  apiKey: string;
  process: ChildProcess | null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const set = (xml: string, tag: string, value: string) => xml.replace(new RegExp(`<${tag}>[^<]*</${tag}>`), `<${tag}>${value}</${tag}>`);

async function generate(name: string): Promise<SyncthingNode> {
  if (!fs.existsSync(SYNCTHING)) throw new Error(`Syncthing is not installed at ${SYNCTHING}: apt-get install -y syncthing (npm test does it as root)`);
  const home = tempDir(`sd-st-${name}-`);
  const r = spawnSync(SYNCTHING, ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`syncthing generate failed: ${r.stderr || r.stdout}`);
  const config = fs.readFileSync(path.join(home, 'config.xml'), 'utf8');
  const deviceId = /<device id="([A-Z0-9-]+)"/.exec(config)?.[1];
  const apiKey = /<apikey>([^<]+)<\/apikey>/.exec(config)?.[1];
  if (!deviceId || !apiKey) throw new Error('syncthing generate wrote no device id or API key');
  const folder = tempDir(`sd-st-folder-${name}-`);
  fs.mkdirSync(path.join(folder, '.stfolder'), { recursive: true });
  return { home, folder, deviceId, apiKey, guiPort: await freePort(), listenPort: await freePort(), process: null };
}

function configure(node: SyncthingNode, peers: readonly SyncthingNode[]): void {
  const file = path.join(node.home, 'config.xml');
  let xml = fs.readFileSync(file, 'utf8');
  xml = xml.replace(/<gui enabled="true" tls="false"([^>]*)>\s*<address>[^<]*<\/address>/, `<gui enabled="true" tls="false"$1>\n        <address>127.0.0.1:${node.guiPort}</address>`);
  for (const [tag, value] of [
    ['listenAddress', `tcp://127.0.0.1:${node.listenPort}`],
    ['globalAnnounceEnabled', 'false'],
    ['localAnnounceEnabled', 'false'],
    ['relaysEnabled', 'false'],
    ['natEnabled', 'false'],
    ['urAccepted', '-1'],
    ['startBrowser', 'false'],
    ['crashReportingEnabled', 'false'],
    ['autoUpgradeIntervalH', '0'],
    ['reconnectionIntervalS', '1'],
  ] as const)
    xml = set(xml, tag, value);
  const devices = peers.map((p) => `    <device id="${p.deviceId}" name="peer" compression="metadata" introducer="false" skipIntroductionRemovals="false" introducedBy="">\n        <address>tcp://127.0.0.1:${p.listenPort}</address>\n        <autoAcceptFolders>false</autoAcceptFolders>\n    </device>\n`).join('');
  const members = [node, ...peers].map((p) => `        <device id="${p.deviceId}" introducedBy=""></device>\n`).join('');
  const folder = `    <folder id="synergy-desk" label="Synergy Desk" path="${node.folder}" type="sendreceive" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">\n        <filesystemType>basic</filesystemType>\n${members}        <minDiskFree unit="%">0</minDiskFree>\n    </folder>\n`;
  xml = xml.replace('    <gui ', `${folder}${devices}    <gui `);
  fs.writeFileSync(file, xml);
}

async function api<T>(node: SyncthingNode, route: string): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${node.guiPort}${route}`, { headers: { 'X-API-Key': node.apiKey } });
  if (!res.ok) throw new Error(`syncthing ${route}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

async function until(what: string, test: () => Promise<boolean>, timeoutMs: number, logOf?: () => string): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await test()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error(`Syncthing: ${what} did not happen within ${timeoutMs / 1000} s${logOf ? `\n${logOf().slice(-2000)}` : ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Two (or more) Syncthing instances that share one folder with each other, connected. */
export async function startSyncthingPair(count = 2): Promise<{ nodes: SyncthingNode[]; stop: () => Promise<void> }> {
  const nodes: SyncthingNode[] = [];
  for (let n = 0; n < count; n++) nodes.push(await generate(String.fromCharCode(97 + n)));
  for (const node of nodes) configure(node, nodes.filter((o) => o !== node));
  for (const node of nodes) {
    const logfile = path.join(node.home, 'syncthing.log');
    node.process = spawn(SYNCTHING, ['serve', `--home=${node.home}`, '--no-browser', '--no-restart', `--logfile=${logfile}`], {
      env: { ...process.env, STNOUPGRADE: '1', STNODEFAULTFOLDER: '1', STNORESTART: '1' },
      stdio: 'ignore',
    });
  }
  const logOf = (node: SyncthingNode) => () => fs.readFileSync(path.join(node.home, 'syncthing.log'), 'utf8');
  const stop = async () => {
    for (const node of nodes) node.process?.kill('SIGTERM');
    await Promise.all(nodes.map((node) => new Promise<void>((resolve) => (node.process && node.process.exitCode === null ? node.process.once('exit', () => resolve()) : resolve()))));
  };
  try {
    for (const node of nodes) await until('the REST API answering', async () => Boolean(await api(node, '/rest/system/status')), 30_000, logOf(node));
    for (const node of nodes) {
      await until(
        'the peers connecting on loopback',
        async () => {
          const c = await api<{ connections: Record<string, { connected: boolean }> }>(node, '/rest/system/connections');
          return nodes.filter((o) => o !== node).every((o) => c.connections[o.deviceId]?.connected);
        },
        60_000,
        logOf(node),
      );
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { nodes, stop };
}

/** Two Syncthing instances for a test file: started before its tests, stopped after. */
export function useSyncthingPair(): { nodes: () => SyncthingNode[] } {
  let pair: Awaited<ReturnType<typeof startSyncthingPair>> | null = null;
  beforeAll(async () => {
    pair = await startSyncthingPair(2);
  }, 90_000);
  afterAll(async () => {
    await pair?.stop();
  });
  return { nodes: () => pair!.nodes };
}
