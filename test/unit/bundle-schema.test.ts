import fs from 'node:fs';
import { expect, it } from 'vitest';
import { bundleJsonSchema } from '../../shared/bundle-json-schema.ts';

it('the published JSON Schema (docs/bundle.schema.json) is the one generated from shared/bundle.ts', () => {
  const published = JSON.parse(fs.readFileSync('docs/bundle.schema.json', 'utf8'));
  expect(published).toEqual(JSON.parse(JSON.stringify(bundleJsonSchema())));
});
