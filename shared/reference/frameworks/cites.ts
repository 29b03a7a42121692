import citesSvMeta from './meta/cites-sv.json' with { type: 'json' };
import { defineFramework, frameworkMeta, type ItemInput } from './types.ts';

// CITES Strategic Vision 2021-2030 (Resolution Conf. 18.3): 5 goals and their objectives, as far as found.
// Goal 1's wording and objectives 1.2 and 1.4 are uncertain; goal 4 has four objectives (4.1-4.4, read on
// InforMEA); goal 5's objectives were not found at all and are not listed (no ids are invented for them).

const goal = (n: number, extra: Partial<ItemInput> = {}): ItemInput => ({ id: `cites:G${n}`, kind: 'goal', code: `G${n}`, parent: null, confidence: 'high', ...extra });
const objective = (code: string, extra: Partial<ItemInput> = {}): ItemInput => ({
  id: `cites:O${code}`,
  kind: 'objective',
  code: `O${code}`,
  parent: `cites:G${code.split('.')[0]}`,
  confidence: 'high',
  ...extra,
});

export const citesStrategicVision = defineFramework(
  frameworkMeta(citesSvMeta),
  [
    goal(1, { confidence: 'low', flags: ['wording-unverified'], note: 'Goal 1 wording not found verbatim; objectives 1.1, 1.3 and 1.5 verified.' }),
    goal(2),
    goal(3),
    goal(4),
    goal(5, { note: 'Objectives of goal 5 not found in the sources; none listed.' }),
    objective('1.1'),
    objective('1.2', { confidence: 'low', flags: ['wording-not-found'], note: 'Not found in the sources.' }),
    objective('1.3'),
    objective('1.4', { confidence: 'low', flags: ['wording-unverified'], note: 'Paraphrase not verified.' }),
    objective('1.5'),
    objective('2.1'),
    objective('2.2'),
    objective('2.3'),
    objective('2.4'),
    objective('2.5'),
    objective('3.1'),
    objective('3.2'),
    objective('3.3'),
    objective('3.4'),
    objective('3.5'),
    objective('3.6'),
    objective('3.7'),
    objective('3.8'),
    objective('4.1'),
    objective('4.2'),
    objective('4.3', { note: 'Wording read on the InforMEA goal 4 page, which lists the objectives unnumbered; numbered by its position there (4.1 and 4.2 are numbered in DaRT).' }),
    objective('4.4', { note: 'Wording read on the InforMEA goal 4 page, which lists the objectives unnumbered; numbered by its position there (4.1 and 4.2 are numbered in DaRT).' }),
  ],
);
