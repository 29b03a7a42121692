import { z } from 'zod';
import { empty } from './common.ts';
import { async, read, write } from './define.ts';

// The sample country: a fictional country's desk to explore every feature with, kept in a store of
// its own beside the user's, so loading and removing it never touches the user's data. Its name
// is said in each language (locales/*/sample.json "country").

export const sampleStatus = z.object({
  /** the desk shows the sample country now */
  active: z.boolean(),
  /** the user's own desk holds records (the home screen offers the sample to empty desks first) */
  ownDeskHasData: z.boolean(),
});

export const sampleChannels = {
  'sample.status': read(empty, sampleStatus, ['sample']),
  'sample.load': async(write(empty, sampleStatus, ['sample', 'settings', 'peers', 'imports', 'exports', 'syncFolder'])),
  'sample.remove': async(write(empty, sampleStatus, ['sample', 'settings', 'peers', 'imports', 'exports', 'syncFolder'])),
};
