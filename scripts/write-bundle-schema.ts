// npm run schema: writes docs/bundle.schema.json from the zod schema in shared/bundle.ts.
import fs from 'node:fs';
import { bundleJsonSchema } from '../shared/bundle-json-schema.ts';

fs.writeFileSync('docs/bundle.schema.json', `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`);
process.stdout.write('wrote docs/bundle.schema.json\n');
