import type { Feature } from '../feature.ts';
import { SampleBanner } from './SampleBanner.tsx';

export { SampleOffer } from './SampleOffer.tsx';
export { useSample } from './useSample.ts';

/** The sample country: no page of its own; a banner on every page while it is open, an offer on the first screens. */
export const sampleFeature: Feature = {
  id: 'sample',
  Banner: SampleBanner,
  namespaces: ['sample'],
  entities: ['sample'],
};
