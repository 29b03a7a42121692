import { z } from 'zod';
import { bundle } from './bundle.ts';

/** The published JSON Schema of bundle format v1 (docs/bundle.schema.json). */
export function bundleJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(bundle, { target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://synergy-desk.example/bundle-v1.schema.json',
    title: 'Synergy Desk bundle, format version 1',
    description: 'Changes (ops) exchanged between Synergy Desk stores. See docs/bundle.md.',
  };
}
