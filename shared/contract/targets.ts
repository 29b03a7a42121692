import { z } from 'zod';
import { LANGUAGES } from '../i18n-languages.ts';
import { alignmentInput, coverage, crosswalkEditInput, crosswalkList, crosswalkMatrix, nationalTarget, nationalTargetInput, nationalTargetPatch, targetServes } from '../model/targets.ts';
import { frameworks } from '../reference/frameworks/index.ts';
import { empty, fileOut, rowId } from './common.ts';
import { async, read, write } from './define.ts';

// NBSAP national targets, their alignment to the global frameworks, and the country's crosswalk.

const reads = ['nationalTarget', 'alignment', 'crosswalkEdit', 'person', 'institution'] as const;

export const targetsChannels = {
  'targets.list': read(z.strictObject({ query: z.string().max(200).optional() }), z.array(nationalTarget), reads),
  'targets.get': read(rowId, nationalTarget, reads),
  'targets.create': write(nationalTargetInput, nationalTarget),
  'targets.update': write(z.strictObject({ id: z.uuid(), patch: nationalTargetPatch }), nationalTarget),
  'targets.delete': write(rowId, nationalTarget),
  'targets.restore': write(rowId, nationalTarget),
  'alignments.set': write(alignmentInput, nationalTarget),
  'alignments.remove': write(z.strictObject({ nationalTargetId: z.uuid(), frameworkItemId: z.string().max(100) }), nationalTarget),
  'targets.matrix': read(z.strictObject({ framework: z.enum(frameworks.map((f) => f.id) as [string, ...string[]]) }), crosswalkMatrix, reads),
  'targets.coverage': read(empty, coverage, reads),
  'targets.serves': read(rowId, targetServes, reads),
  'crosswalk.list': read(empty, crosswalkList, ['crosswalkEdit']),
  'crosswalk.edit': write(crosswalkEditInput, crosswalkList),
  'targets.export': async(read(z.strictObject({ format: z.enum(['xlsx', 'csv']), language: z.enum(LANGUAGES).optional() }), fileOut, reads)),
};
