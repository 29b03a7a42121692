import sdgMeta from './meta/sdg.json' with { type: 'json' };
import { defineFramework, frameworkMeta, type ItemInput } from './types.ts';

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
  frameworkMeta(sdgMeta),
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
