import { progressChannels } from '../../../shared/contract/progress.ts';
import { defineArea } from '../area.ts';
import { describeByLabel } from '../records/describe.ts';
import sql from './migrations/0008_progress.ts';
import { listProgress, saveProgress } from './assessments.ts';
import { indicatorCatalog } from './catalog.ts';
import { deleteIndicatorValue, listIndicatorValues, saveIndicatorValue, saveNationalIndicator } from './indicators.ts';

/** The national data every report draws on, recorded once: progress of national targets and indicator values. */
export const progressArea = defineArea({
  name: 'progress',
  uses: ['targets'],
  channels: progressChannels,
  handlers: {
    'progress.list': (s, i) => listProgress(s, i.nationalTargetId),
    'progress.save': (s, i) => saveProgress(s, i),
    'indicators.catalog': (s) => indicatorCatalog(s),
    'indicators.values': (s, i) => listIndicatorValues(s, i.indicatorIds),
    'indicators.saveValue': (s, i) => saveIndicatorValue(s, i),
    'indicators.deleteValue': (s, i) => deleteIndicatorValue(s, i.id),
    'indicators.saveNational': (s, i) => saveNationalIndicator(s, i),
  },
  entities: ['targetProgress', 'indicatorValue', 'nationalIndicator'],
  migrations: [{ version: 8, name: '0008_progress', sql }],
  describe: {
    targetProgress: describeByLabel('targetProgress'),
    indicatorValue: describeByLabel('indicatorValue'),
    nationalIndicator: describeByLabel('nationalIndicator'),
  },
});
