import path from 'node:path';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { describe, expect, it } from 'vitest';

// electron-builder.yml, checked offline the way electron-builder itself loads and validates it
// (no packaging: that would download Electron and rebuild native modules).

const root = path.resolve(import.meta.dirname, '../..');

describe('electron-builder.yml', () => {
  it('loads and passes electron-builder’s own schema validation', async () => {
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();

    expect(config.appId).toBe('org.synergydesk.app');
    expect(config.productName).toBe('Synergy Desk');
    expect(config.publish).toBeNull();
    // the native module is never rebuilt in place (it would break the Node build the tests use)
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node']));

    const files = (config.files as { filter?: string[] }[]).flatMap((f) => f.filter ?? []);
    expect(files).toEqual(expect.arrayContaining(['dist/renderer/**/*', 'dist-electron/**/*', 'package.json', 'native/electron/**/*']));

    const targets = (platform: unknown) => ((platform as { target: string[] }).target);
    expect(targets(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targets(config.win)).toEqual(['nsis']);
    expect(targets(config.mac)).toEqual(['dmg']);
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true });

    // a double-clicked .sdbundle opens in the desk (electron/open-file.ts reads the same extension)
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'sdbundle', name: 'Synergy Desk bundle', role: 'Editor', mimeType: 'application/vnd.synergy-desk.bundle+json' }),
    ]);
  });

  it('the validation really rejects a wrong configuration (a misspelt option)', async () => {
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), { linux: { targets: ['deb'] } } as never);
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/does not match the API schema/);
    const association = await getConfig(root, path.join(root, 'electron-builder.yml'), { fileAssociations: [{ extension: 'sdbundle' }] } as never);
    await expect(validateConfiguration(association, new DebugLogger(false))).rejects.toThrow(/does not match the API schema/);
  });
});
