import { capacityChannels } from '../../../shared/contract/capacity.ts';
import { defineArea } from '../area.ts';
import { describeByLabel } from '../records/describe.ts';
import sql from './migrations/0015_capacity.ts';
import { listNeeds, removeNeed, restoreNeed, saveNeed } from './needs.ts';
import { listTrainings, removeTraining, restoreTraining, saveTraining } from './trainings.ts';

/** Capacity building: trainings attended and the needs the working group recorded (CMS Capacity-building Strategy). */
export const capacityArea = defineArea({
  name: 'capacity',
  channels: capacityChannels,
  handlers: {
    'capacity.trainings.list': (s, i) => listTrainings(s, i),
    'capacity.trainings.save': (s, i) => saveTraining(s, i),
    'capacity.trainings.remove': (s, i) => removeTraining(s, i.id),
    'capacity.trainings.restore': (s, i) => restoreTraining(s, i.id),
    'capacity.needs.list': (s, i) => listNeeds(s, i),
    'capacity.needs.save': (s, i) => saveNeed(s, i),
    'capacity.needs.remove': (s, i) => removeNeed(s, i.id),
    'capacity.needs.restore': (s, i) => restoreNeed(s, i.id),
  },
  entities: ['training', 'capacityNeed'],
  migrations: [{ version: 15, name: '0015_capacity', sql }],
  describe: {
    training: describeByLabel('training'),
    capacityNeed: describeByLabel('capacityNeed'),
  },
});
