import gbfMeta from './meta/gbf.json' with { type: 'json' };
import { defineFramework, frameworkMeta, type ItemInput } from './types.ts';

// Kunming-Montreal Global Biodiversity Framework: 4 goals for 2050, 23 targets for 2030, and the headline
// indicators of its monitoring framework. A headline indicator is attached to the goal or target it is
// numbered under ("A.1" → goal A, "3.1" → target 3); goal indicators reused for targets list them in alsoFor.
// Targets without a headline indicator carry a headlineGap; none is invented for them. For targets 8,
// 14, 16, 17, 20 and 23 it is confirmed (decision 16/31) that they are followed by binary indicators only.

const goal = (code: 'A' | 'B' | 'C' | 'D'): ItemInput => ({ id: `gbf:${code}`, kind: 'goal', code, parent: null, confidence: 'high', targetYear: 2050 });
const target = (n: number, extra: Partial<ItemInput> = {}): ItemInput => ({ id: `gbf:T${n}`, kind: 'target', code: `T${n}`, parent: null, confidence: 'high', targetYear: 2030, ...extra });
const indicator = (code: string, extra: Partial<ItemInput> = {}): ItemInput => {
  const head = code.split('.')[0];
  const parent = /^[A-D]$/.test(head) ? `gbf:${head}` : `gbf:T${head}`;
  return { id: `gbf:HI:${code}`, kind: 'indicator', code, parent, confidence: 'high', ...extra };
};
const binaryOnly = (code: string): Partial<ItemInput> => ({ headlineGap: { confidence: 'high', note: `No headline indicator: followed by binary indicator ${code}.b only (confirmed, decision 16/31).` } });

export const gbf = defineFramework(
  frameworkMeta(gbfMeta),
  [
    goal('A'),
    goal('B'),
    goal('C'),
    goal('D'),
    target(1),
    target(2),
    target(3),
    target(4),
    target(5),
    target(6),
    target(7),
    target(8, binaryOnly('8')),
    target(9),
    target(10),
    target(11),
    target(12),
    target(13),
    target(14, binaryOnly('14')),
    target(15),
    target(16, binaryOnly('16')),
    target(17, binaryOnly('17')),
    target(18),
    target(19),
    target(20, binaryOnly('20')),
    target(21),
    target(22),
    target(23, binaryOnly('23')),
    indicator('A.1', { alsoFor: [{ id: 'gbf:T1', confidence: 'medium' }] }),
    indicator('A.2', { alsoFor: [{ id: 'gbf:T1', confidence: 'medium' }] }),
    indicator('A.3', { alsoFor: [{ id: 'gbf:T4', confidence: 'high' }] }),
    indicator('A.4', { alsoFor: [{ id: 'gbf:T4', confidence: 'high' }] }),
    indicator('B.1', { alsoFor: [{ id: 'gbf:T11', confidence: 'high' }] }),
    indicator('C.1', { alsoFor: [{ id: 'gbf:T13', confidence: 'high' }] }),
    indicator('C.2', { alsoFor: [{ id: 'gbf:T13', confidence: 'high' }] }),
    indicator('D.1', { alsoFor: [{ id: 'gbf:T19', confidence: 'high' }] }),
    indicator('D.2', { alsoFor: [{ id: 'gbf:T19', confidence: 'high' }] }),
    indicator('D.3', { alsoFor: [{ id: 'gbf:T19', confidence: 'high' }] }),
    indicator('1.1'),
    // decision 16/31 numbers "Area under restoration" 2.1; its id stays gbf:HI:2.2 so links and bundles keep working
    { ...indicator('2.1', { note: 'Numbered 2.2 in the adopted framework, 2.1 since decision 16/31; the id keeps the old number.' }), id: 'gbf:HI:2.2' },
    indicator('3.1'),
    indicator('5.1'),
    indicator('6.1'),
    indicator('7.1'),
    indicator('7.2'),
    indicator('9.1'),
    indicator('9.2'),
    indicator('10.1'),
    indicator('10.2'),
    indicator('12.1'),
    indicator('15.1', { confidence: 'medium', note: 'Marked as an indicator still under development in decision 15/5.' }),
    indicator('18.1'),
    indicator('18.2'),
    indicator('21.1'),
    indicator('22.1', { confidence: 'medium', note: "Not in decision 15/5 (shown as '-'); reported as added to the monitoring framework at COP16 (decision 16/31)." }),
  ],
);
