import fs from 'node:fs';
import { expect, it } from 'vitest';
import { allItemKeys, roleItems } from '../../shared/reference/onboarding.ts';
import { roleType } from '../../shared/reference/roles.ts';

// The onboarding checklist's items as data: stable keys, unique, for roles that exist, each with its
// words in locales/*/onboarding.json; the English of a role item's source is the reference data's
// (the translations were made from it: the interface shows the English when they differ).

const en = JSON.parse(fs.readFileSync('locales/en/onboarding.json', 'utf8'));
const at = (tree: Record<string, unknown>, key: string) => key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], tree);

it('has unique keys, for known roles, each with its words and its source', () => {
  expect(new Set(allItemKeys).size).toBe(allItemKeys.length);
  for (const roleId of Object.keys(roleItems)) expect(roleType(roleId), roleId).toBeDefined();
  for (const key of allItemKeys) expect(typeof at(en.items, key), key).toBe('string');
  for (const item of Object.values(roleItems).flat()) expect(at(en.sources, item.key), item.key).toBe(item.source?.basis);
});
