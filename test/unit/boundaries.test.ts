import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredUses, domUses, importsOf, isElectron, isNodeModule, layerOf, layerViolations, projectFiles, ROOT, type SourceFile } from '../helpers/layers.ts';

// The layering of docs/architecture.md, checked on the source text (the layers are data in
// test/helpers/layers.ts). A violation names the file and the import.

const SHELL = ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/security.ts', 'electron/print.ts', 'electron/menu.ts', 'electron/window-state.ts', 'electron/open-file.ts', 'electron/theme.ts'];
const files = projectFiles();

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
    expect(importsOf(fs.readFileSync(path.join(ROOT, 'electron/main.ts'), 'utf8'))).toContain('electron');
    expect(isNodeModule('node:fs')).toBe(true);
    expect(isNodeModule('fs/promises')).toBe(true);
    expect(isNodeModule('zod')).toBe(false);
    expect(declaredUses("defineArea({ name: 'x', uses: ['people', \"focal-points\"], channels })")).toEqual(['people', 'focal-points']);
  });

  it('every source file belongs to a layer', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => !layerOf(f.path)).map((f) => f.path)).toEqual([]);
    expect(layerOf('electron/core/targets/read.ts')?.name).toBe('core/area');
    expect(layerOf('electron/core/dispatch.ts')?.name).toBe('core/hub');
    expect(layerOf('renderer/features/targets/TargetForm.tsx')?.name).toBe('renderer/feature');
  });

  it('the project keeps its layers', () => {
    expect(layerViolations(files)).toEqual([]);
  });

  it('shared/ uses no DOM', () => {
    expect(domUses(files)).toEqual([]);
  });

  it('in electron/, only the shell (main, preload, ipc, print, security, menu, window-state, open-file) imports electron', () => {
    const offenders = files.filter((f) => !SHELL.includes(f.path)).flatMap((f) => importsOf(f.source).filter(isElectron).map((s) => `${f.path} imports ${s}`));
    expect(offenders).toEqual([]);
  });
});

describe('the layering check catches a planted bad import', () => {
  const plant = (file: string, source: string, index: Record<string, string> = {}) => layerViolations([{ path: file, source } satisfies SourceFile], (unit) => index[unit] ?? null);

  it('a lower layer importing a higher one', () => {
    expect(plant('electron/core/db/bad.ts', "import { listPeople } from '../people/service.ts';")).toEqual([
      "electron/core/db/bad.ts imports ../people/service.ts: core/db may not import core/area",
    ]);
    expect(plant('electron/core/sync/bad.ts', "import { areas } from '../areas.ts';")).toEqual(['electron/core/sync/bad.ts imports ../areas.ts: core/sync may not import core/hub']);
    expect(plant('renderer/state/bad.ts', "import { App } from '../app/App.tsx';")).toEqual(['renderer/state/bad.ts imports ../app/App.tsx: renderer/state may not import renderer/app']);
  });

  it('an area importing an area it does not declare, and the same import once declared', () => {
    const source = "import { createDesignation } from '../focal-points/designations.ts';";
    expect(plant('electron/core/targets/bad.ts', source, { 'electron/core/targets/': "defineArea({ name: 'targets', channels })" })).toEqual([
      "electron/core/targets/bad.ts imports ../focal-points/designations.ts: electron/core/targets/index.ts does not declare uses: ['focal-points']",
    ]);
    expect(plant('electron/core/targets/ok.ts', source, { 'electron/core/targets/': "defineArea({ name: 'targets', uses: ['focal-points'], channels })" })).toEqual([]);
    expect(plant('renderer/features/sync/bad.tsx', "import { TargetForm } from '../targets/TargetForm.tsx';")).toHaveLength(1);
  });

  it('forbidden packages: Node or Electron in shared/ and the renderer, Electron in the core', () => {
    expect(plant('shared/bad.ts', "import fs from 'node:fs';")).toEqual(['shared/bad.ts imports node:fs: shared may not import that package']);
    expect(plant('renderer/ui/bad.tsx', "import { ipcRenderer } from 'electron';")).toHaveLength(1);
    expect(plant('electron/core/people/bad.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(domUses([{ path: 'shared/bad.ts', source: 'export const w = window.innerWidth;' }])).toEqual(['shared/bad.ts uses window']);
  });
});
