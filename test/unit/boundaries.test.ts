import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering of DESIGN.md, checked on the source text:
// - electron/core and shared/ never import 'electron' (the core runs in plain Node: tests, CLI,
//   browser mode); in electron/, only the shell (main, preload, ipc, security) does.
// - shared/ is pure TS for both sides: no Node module (node:* or a bare builtin name).

const root = path.resolve(import.meta.dirname, '../..');
const CODE = /\.(c|m)?(t|j)sx?$/;
const SHELL = ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/security.ts'];

function sourceFiles(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && CODE.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** Every module specifier of a source text: static and type imports, re-exports, import(), require(). */
function importsOf(source: string): string[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*[,)]/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]));
}

const isElectron = (spec: string) => spec === 'electron' || spec.startsWith('electron/');
const NODE_BUILTINS = new Set(builtinModules.map((m) => m.replace(/\/.*$/, '')));
const isNodeModule = (spec: string) => spec.startsWith('node:') || NODE_BUILTINS.has(spec.replace(/\/.*$/, ''));

function offenders(files: string[], bad: (spec: string) => boolean): string[] {
  return files.flatMap((file) =>
    importsOf(fs.readFileSync(path.join(root, file), 'utf8'))
      .filter(bad)
      .map((spec) => `${file} imports ${spec}`),
  );
}

describe('import boundaries', () => {
  it('the scanner finds every form of import', () => {
    const sample = `
      import a from 'one';
      import type { B } from "two";
      import {
        c,
        d,
      } from 'three';
      import 'four';
      export { e } from 'five';
      export * from 'six';
      const f = await import('seven');
      const g = require("eight");
      // import x from 'commented-out';
      /* const y = require('block-comment'); */
      const url = 'http://example.org'; import h from 'nine';
    `;
    expect(importsOf(sample).sort()).toEqual(['eight', 'five', 'four', 'nine', 'one', 'seven', 'six', 'three', 'two']);
    expect(importsOf(fs.readFileSync(path.join(root, 'electron/main.ts'), 'utf8'))).toContain('electron');
    expect(importsOf(fs.readFileSync(path.join(root, 'shared/contract.ts'), 'utf8'))).toContain('zod');
    expect(isNodeModule('node:fs')).toBe(true);
    expect(isNodeModule('fs/promises')).toBe(true);
    expect(isNodeModule('zod')).toBe(false);
  });

  it('electron/core and shared/ never import electron', () => {
    const files = [...sourceFiles('electron/core'), ...sourceFiles('shared')];
    expect(files.length).toBeGreaterThan(10);
    expect(offenders(files, isElectron)).toEqual([]);
  });

  it('in electron/, only the shell (main, preload, ipc, security) imports electron', () => {
    const files = sourceFiles('electron').filter((f) => !SHELL.includes(f));
    expect(offenders(files, isElectron)).toEqual([]);
  });

  it('shared/ imports no Node module', () => {
    const files = sourceFiles('shared');
    expect(files.length).toBeGreaterThan(3);
    expect(offenders(files, isNodeModule)).toEqual([]);
  });
});
