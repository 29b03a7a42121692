import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

// The layers of docs/architecture.md as data, in the manner of VS Code's code-layering rule: each
// layer names the files it holds and the layers it may import. Areas of the core and features of
// the renderer may import one another only where their index.ts declares it (`uses: [...]`).
//
//   shared  ←  core/db  ←  core/sync  ←  core/records  ←  core/<area>  ←  core hubs  ←  shell
//   shared  ←  core/i18n, core/files (spreadsheets)  ←  core/<area>
//   shared  ←  renderer api  ←  state  ←  ui  ←  features/<feature>  ←  app

export const ROOT = path.resolve(import.meta.dirname, '../..');
const CODE = /\.(c|m)?(t|j)sx?$/;
const NODE_BUILTINS = new Set(builtinModules.map((m) => m.replace(/\/.*$/, '')));
export const isNodeModule = (spec: string) => spec.startsWith('node:') || NODE_BUILTINS.has(spec.replace(/\/.*$/, ''));
export const isElectron = (spec: string) => spec === 'electron' || spec.startsWith('electron/');

/** A layer: which files it holds (first match wins) and which layers its files may import. */
interface Layer {
  name: string;
  match: RegExp;
  may: readonly string[];
  /** packages (not paths) it must not import */
  forbid?: (spec: string) => boolean;
}

const CORE_KERNEL = ['electron/core/area.ts', 'electron/core/store.ts', 'electron/core/version.ts'];

export const LAYERS: readonly Layer[] = [
  { name: 'locales', match: /^locales\//, may: [] },
  { name: 'package', match: /^package\.json$/, may: [] },
  { name: 'shared', match: /^shared\//, may: ['shared'], forbid: (s) => isNodeModule(s) || isElectron(s) },
  { name: 'core/db', match: /^electron\/core\/db\//, may: ['shared', 'core/db'], forbid: isElectron },
  { name: 'core/kernel', match: new RegExp(`^(${CORE_KERNEL.join('|').replace(/\./g, '\\.')})$`), may: ['shared', 'package', 'core/db', 'core/sync', 'core/kernel', 'core/hub'], forbid: isElectron },
  { name: 'core/sync', match: /^electron\/core\/sync\//, may: ['shared', 'core/db', 'core/sync', 'core/kernel'], forbid: isElectron },
  { name: 'core/records', match: /^electron\/core\/records\//, may: ['shared', 'core/db', 'core/sync', 'core/records', 'core/kernel'], forbid: isElectron },
  { name: 'core/i18n', match: /^electron\/core\/i18n\//, may: ['shared', 'locales', 'core/i18n'], forbid: isElectron },
  // files the core writes (spreadsheets, CSV): no store, no area
  { name: 'core/files', match: /^electron\/core\/files\//, may: ['shared', 'core/files'], forbid: isElectron },
  { name: 'core/hub', match: /^electron\/core\/[^/]+\.ts$/, may: ['shared', 'core/db', 'core/sync', 'core/records', 'core/kernel', 'core/area', 'core/hub'], forbid: isElectron },
  { name: 'core/area', match: /^electron\/core\/[^/]+\//, may: ['shared', 'locales', 'core/db', 'core/sync', 'core/records', 'core/i18n', 'core/files', 'core/kernel'], forbid: isElectron },
  // the CLI's `bundle validate` reads a bundle without any store: it may use core/sync's readers;
  // the application menu (menu.ts) takes its labels from core/i18n's text loader
  { name: 'shell', match: /^electron\//, may: ['shared', 'core/hub', 'core/kernel', 'core/db', 'core/sync', 'core/i18n', 'shell'] },
  { name: 'renderer/api', match: /^renderer\/api\//, may: ['shared', 'renderer/api'], forbid: (s) => isNodeModule(s) || isElectron(s) },
  { name: 'renderer/i18n', match: /^renderer\/i18n\//, may: ['shared', 'locales', 'renderer/i18n'], forbid: (s) => isNodeModule(s) || isElectron(s) },
  { name: 'renderer/state', match: /^renderer\/state\//, may: ['shared', 'renderer/api', 'renderer/i18n', 'renderer/state'], forbid: (s) => isNodeModule(s) || isElectron(s) },
  { name: 'renderer/ui', match: /^renderer\/ui\//, may: ['shared', 'renderer/api', 'renderer/i18n', 'renderer/state', 'renderer/ui'], forbid: (s) => isNodeModule(s) || isElectron(s) },
  { name: 'renderer/feature-kit', match: /^renderer\/features\/[^/]+\.ts$/, may: ['shared', 'renderer/feature-kit'], forbid: (s) => isNodeModule(s) || isElectron(s) },
  {
    name: 'renderer/feature',
    match: /^renderer\/features\/[^/]+\//,
    may: ['shared', 'renderer/api', 'renderer/i18n', 'renderer/state', 'renderer/ui', 'renderer/feature-kit'],
    forbid: (s) => isNodeModule(s) || isElectron(s),
  },
  { name: 'renderer/app', match: /^renderer\//, may: ['shared', 'renderer/api', 'renderer/i18n', 'renderer/state', 'renderer/ui', 'renderer/feature-kit', 'renderer/feature', 'renderer/app'], forbid: (s) => isNodeModule(s) || isElectron(s) },
];

export function layerOf(file: string): Layer | undefined {
  return LAYERS.find((l) => l.match.test(file));
}

/** The folder an area or feature lives in: electron/core/<x>/… or renderer/features/<x>/… */
function unitOf(file: string): string | null {
  return /^(electron\/core|renderer\/features)\/([^/]+)\//.exec(file)?.[0] ?? null;
}

/** Every module specifier of a source text: static and type imports, re-exports, import(), require(). */
export function importsOf(source: string): string[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*[,)]/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]));
}

/** `uses: ['a', 'b']` of an area's or feature's index.ts. */
export function declaredUses(indexSource: string): string[] {
  const m = /\buses:\s*\[([^\]]*)\]/.exec(indexSource);
  return m ? [...m[1].matchAll(/['"]([^'"]+)['"]/g)].map((x) => x[1]) : [];
}

export interface SourceFile {
  path: string;
  source: string;
}

/** Files of the layered folders, as repository-relative paths. */
export function projectFiles(): SourceFile[] {
  return ['shared', 'electron', 'renderer'].flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && CODE.test(e.name) && !e.name.endsWith('.d.ts'))
      .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .map((p) => ({ path: p, source: fs.readFileSync(path.join(ROOT, p), 'utf8') })),
  );
}

/** Every import that breaks the layering, as "file imports spec: why". */
export function layerViolations(files: readonly SourceFile[], readIndex: (unit: string) => string | null = readIndexFile): string[] {
  const out: string[] = [];
  for (const f of files) {
    const layer = layerOf(f.path);
    if (!layer) continue;
    for (const spec of importsOf(f.source)) {
      if (!spec.startsWith('.')) {
        if (layer.forbid?.(spec)) out.push(`${f.path} imports ${spec}: ${layer.name} may not import that package`);
        continue;
      }
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(f.path), spec));
      const to = layerOf(target);
      if (!to) {
        out.push(`${f.path} imports ${spec}: outside every layer`);
        continue;
      }
      const sameUnit = unitOf(f.path) !== null && unitOf(f.path) === unitOf(target);
      if (sameUnit) continue;
      if (to.name === layer.name && (layer.name === 'core/area' || layer.name === 'renderer/feature')) {
        const unit = unitOf(target)!.split('/').at(-2)!;
        const uses = declaredUses(readIndex(unitOf(f.path)!) ?? '');
        if (!uses.includes(unit)) out.push(`${f.path} imports ${spec}: ${unitOf(f.path)}index.ts does not declare uses: ['${unit}']`);
        continue;
      }
      if (!layer.may.includes(to.name)) out.push(`${f.path} imports ${spec}: ${layer.name} may not import ${to.name}`);
    }
  }
  return out;
}

function readIndexFile(unit: string): string | null {
  const file = path.join(ROOT, unit, 'index.ts');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

/** shared/ runs on both sides: no DOM either. */
export function domUses(files: readonly SourceFile[]): string[] {
  const DOM = /\b(window|document|navigator|localStorage|sessionStorage|HTMLElement|EventSource)\b/;
  return files
    .filter((f) => f.path.startsWith('shared/'))
    .flatMap((f) => {
      const code = f.source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      const m = DOM.exec(code);
      return m ? [`${f.path} uses ${m[1]}`] : [];
    });
}
