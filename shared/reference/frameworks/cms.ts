import cmsSpmsMeta from './meta/cms-spms.json' with { type: 'json' };
import { defineFramework, frameworkMeta, type ItemInput } from './types.ts';

// Samarkand Strategic Plan for Migratory Species 2024-2032: 6 goals and their targets. Goals 1, 2, 5 and 6
// were verified with all targets; goals 3 and 4 only partly. Targets 3.4, 3.5, 4.2 and 4.3 are inferred from
// the sequence of InforMEA records (their text was not found) and goal 4's wording was not found.

const goal = (n: number, extra: Partial<ItemInput> = {}): ItemInput => ({ id: `cms:G${n}`, kind: 'goal', code: `G${n}`, parent: null, confidence: 'high', ...extra });
const target = (code: string, targetYear: number | undefined, extra: Partial<ItemInput> = {}): ItemInput => ({
  id: `cms:T${code}`,
  kind: 'target',
  code: `T${code}`,
  parent: `cms:G${code.split('.')[0]}`,
  confidence: 'high',
  ...(targetYear === undefined ? {} : { targetYear }),
  ...extra,
});
const inferred = (note: string): Partial<ItemInput> => ({ confidence: 'low', flags: ['existence-inferred', 'wording-not-found'], note });

export const cmsStrategicPlan = defineFramework(
  frameworkMeta(cmsSpmsMeta),
  [
    goal(1),
    goal(2),
    goal(3),
    goal(4, { confidence: 'low', flags: ['wording-not-found'], note: 'Goal 4 wording not found; appears to concern knowledge and capacity for implementation (unverified).' }),
    goal(5),
    goal(6),
    target('1.1', 2029),
    target('1.2', 2029),
    target('1.3', 2032),
    target('2.1', 2029),
    target('2.2', 2032),
    target('2.3', 2032),
    target('3.1', 2032),
    target('3.2', 2032),
    target('3.3', 2032),
    target('3.4', undefined, inferred('Existence inferred; text not found. Possibly climate-change related (unverified guess).')),
    target('3.5', undefined, inferred('Existence inferred; text not found.')),
    target('4.1', 2029),
    target('4.2', undefined, inferred('Existence inferred; text not found.')),
    target('4.3', undefined, inferred('Existence inferred; text not found.')),
    target('5.1', 2029),
    target('5.2', 2029, { note: 'National reports every triennium, by 2029 and beyond.' }),
    target('5.3', undefined),
    target('5.4', 2032),
    target('6.1', 2026),
    target('6.2', 2026),
    target('6.3', 2032, { note: 'From 133 to 160 Parties (over 80% of UN-recognized countries); counts may have changed.' }),
    target('6.4', 2032),
  ],
);
