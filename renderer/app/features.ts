import { conflictsFeature } from '../features/conflicts/index.ts';
import type { EntityViews } from '../features/entity-views.ts';
import { directoryFeature } from '../features/directory/index.ts';
import { draftsFeature } from '../features/drafts/index.ts';
import type { Feature } from '../features/feature.ts';
import { focalPointsFeature } from '../features/focal-points/index.ts';
import { homeFeature } from '../features/home/index.ts';
import { institutionsFeature } from '../features/institutions/index.ts';
import { peopleFeature } from '../features/people/index.ts';
import { positionsFeature } from '../features/positions/index.ts';
import { progressFeature } from '../features/progress/index.ts';
import { reportingFeature } from '../features/reporting/index.ts';
import { sampleFeature } from '../features/sample/index.ts';
import { settingsFeature } from '../features/settings/index.ts';
import { syncFeature } from '../features/sync/index.ts';
import { targetsFeature } from '../features/targets/index.ts';
import { workingGroupFeature } from '../features/working-group/index.ts';
import { capacityFeature } from '../features/capacity/index.ts';
import { myDeskFeature } from '../features/my-desk/index.ts';
import { onboardingFeature } from '../features/onboarding/index.ts';
import { handoverFeature } from '../features/handover/index.ts';

// The renderer's features, in the order of the navigation. Adding one: a folder with its
// index.ts, and one line here (see docs/architecture.md).

export const features: readonly Feature[] = [
  homeFeature,
  myDeskFeature,
  focalPointsFeature,
  targetsFeature,
  reportingFeature,
  positionsFeature,
  workingGroupFeature,
  capacityFeature,
  peopleFeature,
  institutionsFeature,
  syncFeature,
  conflictsFeature,
  settingsFeature,
  directoryFeature,
  progressFeature,
  draftsFeature,
  onboardingFeature,
  handoverFeature,
  sampleFeature,
];

/** The page shown for an unknown address. */
export const DEFAULT_ROUTE = 'home';

export const routes: readonly string[] = features.filter((f) => f.Page).map((f) => f.id);

export const entityViews: EntityViews = Object.assign({}, ...features.map((f) => f.entityViews ?? {}));
