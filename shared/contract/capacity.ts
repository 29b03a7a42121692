import { z } from 'zod';
import { capacityNeed, capacityNeedSave, NEED_STATES, training, trainingSave } from '../model/capacity.ts';
import { conventionIds } from '../reference/conventions.ts';
import { rowId } from './common.ts';
import { read, write } from './define.ts';

// Capacity building: the trainings attended (by whom, when) and the needs recorded by the working
// group. Removing is a soft delete; restore is the Undo of the toast.

const convention = z.enum(conventionIds as [string, ...string[]]).optional();
const trainingsShown = ['training', 'capacityNeed', 'person'] as const;
const needsShown = ['capacityNeed', 'training', 'wgMeeting', 'person'] as const;

export const capacityChannels = {
  /** every training, the latest first; `personId`: those this person attended (their page) */
  'capacity.trainings.list': read(z.strictObject({ convention, personId: z.uuid().optional() }), z.array(training), trainingsShown),
  'capacity.trainings.save': write(trainingSave, training),
  'capacity.trainings.remove': write(rowId, rowId),
  'capacity.trainings.restore': write(rowId, training),
  'capacity.needs.list': read(z.strictObject({ convention, status: z.enum(NEED_STATES).optional() }), z.array(capacityNeed), needsShown),
  'capacity.needs.save': write(capacityNeedSave, capacityNeed),
  'capacity.needs.remove': write(rowId, rowId),
  'capacity.needs.restore': write(rowId, capacityNeed),
};
