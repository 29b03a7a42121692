import type { z } from 'zod';
import type { exportInput } from '../../../shared/model/sync.ts';
import { getSettings } from '../db/local-settings.ts';
import type { Store } from '../store.ts';
import { exportBundle } from './export.ts';

/** A bundle ready to save, with a file name that says where it comes from and when. */
export function exportBundleFile(store: Store, input: z.output<typeof exportInput>) {
  const exported = exportBundle(store, { peer: input.peer, scope: input.scope });
  return { fileName: bundleFileName(store, exported.createdAt, input.peer), content: exported.text, opsCount: exported.opsCount };
}

/** synergy-desk-<country>-<desk>-<date>-full|for-<peer>.sdbundle */
export function bundleFileName(store: Store, createdAt: string, peer: string | undefined): string {
  const settings = getSettings(store);
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .toLowerCase();
  const parts = ['synergy-desk', settings.country?.toLowerCase(), slug(settings.deviceLabel), createdAt.slice(0, 10), peer ? `for-${slug(peer)}` : 'full'];
  return `${parts.filter(Boolean).join('-')}.sdbundle`;
}
