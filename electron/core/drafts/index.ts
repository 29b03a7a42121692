import { draftsChannels } from '../../../shared/contract/drafts.ts';
import { defineArea } from '../area.ts';
import { describeByLabel } from '../records/describe.ts';
import sql from './migrations/0009_drafts.ts';
import { saveAnswer, startFromPrevious } from './answers.ts';
import { getDraft } from './assemble.ts';
import { changesSinceSubmitted } from './changes.ts';
import { reportPack } from './pack.ts';
import { reuseMatrix } from './reuse.ts';

/** National report drafts drawn from one body of national data, and the report pack. */
export const draftsArea = defineArea({
  name: 'drafts',
  uses: ['reporting', 'progress', 'targets'],
  channels: draftsChannels,
  handlers: {
    'drafts.get': (s, i) => getDraft(s, i.reportId),
    'drafts.answer': (s, i) => saveAnswer(s, i),
    'drafts.start': (s, i) => startFromPrevious(s, i.reportId),
    'drafts.changes': (s, i) => changesSinceSubmitted(s, i.reportId),
    'drafts.reuse': (s) => reuseMatrix(s),
    'drafts.pack': (s, i) => reportPack(s, i.reportId, i.format, i.language),
  },
  entities: ['reportAnswer'],
  migrations: [{ version: 9, name: '0009_drafts', sql }],
  describe: { reportAnswer: describeByLabel('reportAnswer') },
});
