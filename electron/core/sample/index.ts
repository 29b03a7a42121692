import { sampleChannels } from '../../../shared/contract/sample.ts';
import { defineArea } from '../area.ts';
import type { Call } from './data.ts';
import { loadSample, removeLeftSample, removeSample, sampleStatus } from './service.ts';
import type { Store } from '../store.ts';

/**
 * The sample country, to explore every feature. Its records are entered through the other areas'
 * channels, so the hub hands this area a way to call them (`call`), as it hands the conflicts area
 * the others' describers.
 */
export function createSampleArea(callOn: (store: Store) => Call) {
  return defineArea({
    name: 'sample',
    channels: sampleChannels,
    handlers: {
      'sample.status': (s) => sampleStatus(s),
      'sample.load': (s) => loadSample(s, callOn(s)),
      'sample.remove': (s) => removeSample(s),
    },
    start: (store) => {
      removeLeftSample(store);
      return () => {};
    },
  });
}
