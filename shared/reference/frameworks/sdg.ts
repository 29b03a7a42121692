import { defineFramework, type ItemInput } from './types.ts';

// 2030 Agenda for Sustainable Development (UNGA resolution 70/1): Goals 14 (life below water) and 15 (life on
// land) and their targets, the ones the biodiversity conventions report against. Lettered targets (14.a…) are
// the means of implementation. Target years as in the Agenda (many fell due in 2020).

const goal = (n: 14 | 15): ItemInput => ({
  id: `sdg:${n}`,
  kind: 'goal',
  code: `${n}`,
  parent: null,
  confidence: 'high',
  targetYear: 2030,
  note: 'The goal itself is not listed in the facts sheet; implied by its targets.',
});
const target = (code: string, targetYear: number | null): ItemInput => ({
  id: `sdg:${code}`,
  kind: 'target',
  code,
  parent: `sdg:${code.split('.')[0]}`,
  confidence: 'high',
  ...(targetYear === null ? {} : { targetYear }),
});

export const sdg = defineFramework(
  {
    id: 'sdg',
    abbreviation: 'SDGs',
    convention: null,
    adopted: 2015,
    adoptedBy: 'UN General Assembly resolution 70/1 (2030 Agenda for Sustainable Development)',
    edition: 'resolution 70/1; Goals 14 and 15 only',
    period: { from: 2016, to: 2030 },
    status: 'current',
    completeness: 'partial',
    confidence: 'high',
    sources: [
      { url: 'https://sdg14.net/2017/03/15/sdg14-basics/', usedFor: 'SDG 14 targets' },
      { url: 'https://sdgs.un.org/goals/goal15', usedFor: 'SDG 15 targets' },
    ],
    gaps: ['Only Goals 14 and 15 are included; SDG indicators are not.'],
  },
  [
    goal(14),
    target('14.1', 2025),
    target('14.2', 2020),
    target('14.3', null),
    target('14.4', 2020),
    target('14.5', 2020),
    target('14.6', 2020),
    target('14.7', 2030),
    target('14.a', null),
    target('14.b', null),
    target('14.c', null),
    goal(15),
    target('15.1', 2020),
    target('15.2', 2020),
    target('15.3', 2030),
    target('15.4', 2030),
    target('15.5', 2020),
    target('15.6', null),
    target('15.7', null),
    target('15.8', 2020),
    target('15.9', 2020),
    target('15.a', null),
    target('15.b', null),
    target('15.c', null),
  ],
);
