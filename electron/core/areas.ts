import { contract, type Channel } from '../../shared/contract.ts';
import type { CoreArea } from './area.ts';
import type { Store } from './store.ts';
import { appArea } from './app/index.ts';
import { backupsArea } from './backups/index.ts';
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
import { bundleJobsArea } from './bundle-jobs/index.ts';
import { reportingArea } from './reporting/index.ts';
import { createSampleArea } from './sample/index.ts';
import { targetsArea } from './targets/index.ts';
import { tasksArea } from './tasks/index.ts';
import { workingGroupArea } from './working-group/index.ts';
import { capacityArea } from './capacity/index.ts';
import { onboardingArea } from './onboarding/index.ts';
import { myDeskArea } from './my-desk/index.ts';
import { handoverArea } from './handover/index.ts';

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
  capacityArea,
  positionsArea,
  onboardingArea,
  myDeskArea,
  handoverArea,
  homeArea,
  backupsArea,
  tasksArea,
  syncArea,
  syncFolderArea,
  bundleJobsArea,
  peersArea,
] as CoreArea[];

/** A domain area's channel called from inside the core (the sample country's records), input checked as at the door. */
const callOn = (store: Store) => (channel: Channel, input: unknown) => {
  const area = domainAreas.find((a) => Object.hasOwn(a.handlers, channel));
  if (!area) throw new Error(`no domain area handles ${channel}`);
  const handler = area.handlers[channel] as (store: Store, input: unknown) => unknown;
  return handler(store, contract[channel].input.parse(input));
};

/** Every area; the conflicts inbox names rows with what the others declare. */
export const areas: readonly CoreArea[] = [
  ...domainAreas,
  createConflictsArea(Object.assign({}, ...domainAreas.map((a) => a.describe ?? {}))) as CoreArea,
  createSampleArea(callOn as never) as CoreArea,
];

/** Starts what the areas do by themselves while the app runs (browser mode, Electron; not the CLI). */
export function startAreas(store: Store): () => void {
  const stops = areas.flatMap((a) => (a.start ? [a.start(store)] : []));
  return () => {
    for (const stop of stops) stop();
  };
}
