import { z } from 'zod';
import { LANGUAGES } from '../i18n-languages.ts';
import { draft, draftChange, reportAnswerSave, reuseMatrix } from '../model/drafts.ts';
import { reportId } from '../model/reports.ts';
import { empty, fileOut } from './common.ts';
import { async, read, write } from './define.ts';

// National report drafts, assembled from the shared records: the draft, its own answers, what
// changed since it was submitted, who else draws on each record, and the report pack.

const shown = ['report', 'reportAnswer', 'targetProgress', 'indicatorValue', 'nationalIndicator', 'nationalTarget', 'alignment', 'crosswalkEdit', 'person', 'meeting', 'membership'] as const;
const ofReport = z.strictObject({ reportId });

export const draftsChannels = {
  'drafts.get': read(ofReport, draft, shown),
  'drafts.answer': write(reportAnswerSave, draft),
  'drafts.start': write(ofReport, draft),
  'drafts.changes': read(ofReport, z.array(draftChange), shown),
  'drafts.reuse': read(empty, reuseMatrix, shown),
  'drafts.pack': async(read(ofReport.extend({ format: z.enum(['xlsx', 'csv']), language: z.enum(LANGUAGES).optional() }), fileOut, shown)),
};
