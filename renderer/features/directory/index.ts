import type { Feature } from '../feature.ts';

/** Directory spreadsheets in and out; shown inside Focal points (no page of its own). */
export const directoryFeature: Feature = {
  id: 'directory',
  uses: ['focal-points'],
  namespaces: ['directory'],
  entities: ['person', 'institution', 'designation'],
};
