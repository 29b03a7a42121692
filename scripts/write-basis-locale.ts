// node bin/run-ts.mjs scripts/write-basis-locale.ts: writes locales/en/basis.json from the English
// reference texts in shared/reference (roles, obligations, crosswalk). The other languages are
// translated by hand; test/unit/reference-texts.test.ts says which keys they lack or no longer need.
import fs from 'node:fs';
import { englishReferenceTexts } from '../shared/reference/reference-texts.ts';

fs.writeFileSync('locales/en/basis.json', `${JSON.stringify(englishReferenceTexts(), null, 2)}\n`);
process.stdout.write('wrote locales/en/basis.json\n');
