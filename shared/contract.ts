import type { z } from 'zod';
import { appChannels } from './contract/app.ts';
import { conflictsChannels } from './contract/conflicts.ts';
import type { ChannelSpec } from './contract/define.ts';
import { directoryChannels } from './contract/directory.ts';
import { draftsChannels } from './contract/drafts.ts';
import { focalPointsChannels } from './contract/focal-points.ts';
import { homeChannels } from './contract/home.ts';
import { institutionsChannels } from './contract/institutions.ts';
import { membershipChannels } from './contract/membership.ts';
import { peersChannels } from './contract/peers.ts';
import { peopleChannels } from './contract/people.ts';
import { positionsChannels } from './contract/positions.ts';
import { progressChannels } from './contract/progress.ts';
import { settingsChannels } from './contract/settings.ts';
import { syncChannels } from './contract/sync.ts';
import { syncFolderChannels } from './contract/sync-folder.ts';
import { reportingChannels } from './contract/reporting.ts';
import { targetsChannels } from './contract/targets.ts';
import { workingGroupChannels } from './contract/working-group.ts';
import { capacityChannels } from './contract/capacity.ts';
import { onboardingChannels } from './contract/onboarding.ts';
import { myDeskChannels } from './contract/my-desk.ts';
import { handoverChannels } from './contract/handover.ts';
import { backupsChannels } from './contract/backups.ts';
import { sampleChannels } from './contract/sample.ts';
import { tasksChannels } from './contract/tasks.ts';
import { bundleJobsChannels } from './contract/bundle-jobs.ts';

// The one contract between the renderer (or the CLI) and the core: a list of areas, each
// declaring its channels in shared/contract/<area>.ts. Every door — Electron IPC, browser-mode
// HTTP, CLI — goes through dispatch(channel, input), which validates with these schemas.

export const contract = {
  ...appChannels,
  ...settingsChannels,
  ...peopleChannels,
  ...institutionsChannels,
  ...membershipChannels,
  ...focalPointsChannels,
  ...directoryChannels,
  ...targetsChannels,
  ...reportingChannels,
  ...progressChannels,
  ...draftsChannels,
  ...positionsChannels,
  ...workingGroupChannels,
  ...capacityChannels,
  ...onboardingChannels,
  ...myDeskChannels,
  ...handoverChannels,
  ...syncChannels,
  ...syncFolderChannels,
  ...bundleJobsChannels,
  ...peersChannels,
  ...homeChannels,
  ...backupsChannels,
  ...sampleChannels,
  ...tasksChannels,
  ...conflictsChannels,
} satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export const channels = Object.keys(contract) as Channel[];

/** Channels whose handler is asynchronous (reading and writing XLSX): dispatch answers them with a Promise. */
export type AsyncChannel = { [C in Channel]: Contract[C] extends { async: true } ? C : never }[Channel];
export const asyncChannels = channels.filter((c) => (contract[c] as ChannelSpec).async) as AsyncChannel[];
export const isAsyncChannel = (name: unknown): name is AsyncChannel => (asyncChannels as unknown[]).includes(name);

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export function channelSpec(channel: Channel): ChannelSpec {
  return contract[channel];
}

/** What every door returns: a result or a translatable error. */
export type RpcResult<T> = { ok: true; data: T } | { ok: false; error: import('./errors.ts').ErrorPayload };
