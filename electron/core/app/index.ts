import { appChannels } from '../../../shared/contract/app.ts';
import { defineArea } from '../area.ts';
import { appInfo, checkStore, dumpStore } from './service.ts';

/** The store as a whole: info, canonical dump, integrity check. */
export const appArea = defineArea({
  name: 'app',
  channels: appChannels,
  handlers: {
    'app.info': (s) => appInfo(s),
    'app.dump': (s) => dumpStore(s),
    'app.check': (s) => checkStore(s),
  },
});
