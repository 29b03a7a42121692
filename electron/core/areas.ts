import type { CoreArea } from './area.ts';
import type { Store } from './store.ts';
import { appArea } from './app/index.ts';
import { createConflictsArea } from './conflicts/index.ts';
import { directoryArea } from './directory/index.ts';
import { draftsArea } from './drafts/index.ts';
import { focalPointsArea } from './focal-points/index.ts';
import { homeArea } from './home/index.ts';
import { institutionsArea } from './institutions/index.ts';
import { membershipArea } from './membership/index.ts';
import { peersArea } from './peers/index.ts';
import { peopleArea } from './people/index.ts';
import { positionsArea } from './positions/index.ts';
import { progressArea } from './progress/index.ts';
import { settingsArea } from './settings/index.ts';
import { syncArea } from './sync/index.ts';
import { syncFolderArea } from './sync-folder/index.ts';
import { reportingArea } from './reporting/index.ts';
import { targetsArea } from './targets/index.ts';
import { workingGroupArea } from './working-group/index.ts';

// The areas of the core. Adding one: a folder with its index.ts, and one line here (see docs/architecture.md).

const domainAreas: CoreArea[] = [
  appArea,
  settingsArea,
  peopleArea,
  institutionsArea,
  membershipArea,
  focalPointsArea,
  directoryArea,
  targetsArea,
  reportingArea,
  progressArea,
  draftsArea,
  workingGroupArea,
  positionsArea,
  homeArea,
  syncArea,
  syncFolderArea,
  peersArea,
] as CoreArea[];

/** Every area; the conflicts inbox names rows with what the others declare. */
export const areas: readonly CoreArea[] = [
  ...domainAreas,
  createConflictsArea(Object.assign({}, ...domainAreas.map((a) => a.describe ?? {}))) as CoreArea,
];

/** Starts what the areas do by themselves while the app runs (browser mode, Electron; not the CLI). */
export function startAreas(store: Store): () => void {
  const stops = areas.flatMap((a) => (a.start ? [a.start(store)] : []));
  return () => {
    for (const stop of stops) stop();
  };
}
