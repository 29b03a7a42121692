import { z } from 'zod';
import { directoryExportFile, directoryExportInput, directoryImportInput, directoryImportResult, directoryPreview, directoryPreviewInput } from './model/directory.ts';
import { designation, designationInput, designationPatch, handoverInput } from './model/designations.ts';
import { conventionView, coordinationMatrix, institutionRoles, registrySearch, todayInput, vacancySummary } from './model/focal-points.ts';
import { institution, institutionInput, institutionPatch } from './model/institutions.ts';
import { membership, membershipInput } from './model/membership.ts';
import { person, personInput, personPatch } from './model/people.ts';
import { settings, settingsPatch } from './model/settings.ts';
import { alignmentInput, coverage, crosswalkEditInput, crosswalkList, crosswalkMatrix, nationalTarget, nationalTargetInput, nationalTargetPatch, targetServes } from './model/targets.ts';
import { LANGUAGES } from './i18n-languages.ts';
import { frameworks } from './reference/frameworks/index.ts';
import { conventionIds } from './reference/conventions.ts';
import {
  bundleText,
  conflictItem,
  exportInput,
  identity,
  importLogEntry,
  importResult,
  importSummary,
  peer,
  peerInput,
  resolveDeletedInput,
  resolveInput,
} from './model/sync.ts';

// The one contract between the renderer (or the CLI) and the core. Every door — Electron IPC,
// browser-mode HTTP, CLI — goes through dispatch(channel, input), which validates with these schemas.

const empty = z.strictObject({});
const rowId = z.strictObject({ id: z.uuid() });
const listQuery = z.strictObject({
  query: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(50_000).optional(),
  offset: z.number().int().min(0).optional(),
  includeDeleted: z.boolean().optional(),
});

const appInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  nodeId: z.string(),
  dataDir: z.string(),
  country: z.string().nullable(),
  counts: z.record(z.string(), z.number().int()),
  openConflicts: z.number().int(),
});

const conflictHead = z.object({ hlc: z.string(), value: z.unknown() });
const openConflict = z.object({
  entity: z.string(),
  id: z.string(),
  field: z.string(),
  kind: z.enum(['value', 'edit_after_delete']),
  heads: z.array(conflictHead),
});

const dump = z.object({
  schemaVersion: z.number().int(),
  entities: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  conflicts: z.array(openConflict),
});

const check = z.object({ ok: z.boolean(), problems: z.array(z.string()) });

export const contract = {
  'app.info': { input: empty, output: appInfo },
  'app.dump': { input: empty, output: dump },
  'app.check': { input: empty, output: check },
  'settings.get': { input: empty, output: settings },
  'settings.update': { input: settingsPatch, output: settings },
  'people.list': {
    input: listQuery.extend({ institutionId: z.uuid().optional() }),
    output: z.object({ total: z.number().int(), items: z.array(person) }),
  },
  'people.get': { input: rowId, output: person },
  'people.create': { input: personInput, output: person },
  'people.update': { input: z.strictObject({ id: z.uuid(), patch: personPatch }), output: person },
  'people.delete': { input: rowId, output: person },
  'people.restore': { input: rowId, output: person },
  'institutions.list': { input: listQuery, output: z.object({ total: z.number().int(), items: z.array(institution) }) },
  'institutions.get': { input: rowId, output: institution },
  'institutions.create': { input: institutionInput, output: institution },
  'institutions.update': { input: z.strictObject({ id: z.uuid(), patch: institutionPatch }), output: institution },
  'institutions.delete': { input: rowId, output: institution },
  'institutions.restore': { input: rowId, output: institution },
  'membership.list': { input: empty, output: z.array(membership) },
  'membership.set': { input: membershipInput, output: z.array(membership) },
  'designations.list': {
    input: z.strictObject({ personId: z.uuid().optional(), roleId: z.string().max(80).optional(), convention: z.string().max(32).optional(), includeEnded: z.boolean().optional() }),
    output: z.array(designation),
  },
  'designations.create': { input: designationInput, output: designation },
  'designations.update': { input: z.strictObject({ id: z.uuid(), patch: designationPatch }), output: designation },
  'designations.delete': { input: rowId, output: designation },
  'designations.restore': { input: rowId, output: designation },
  'designations.handover': { input: handoverInput, output: z.object({ ended: designation, started: designation }) },
  'registry.byConvention': { input: todayInput.extend({ convention: z.enum(conventionIds as [string, ...string[]]) }), output: conventionView },
  'registry.vacancies': { input: todayInput, output: vacancySummary },
  'registry.byInstitution': { input: todayInput, output: z.array(institutionRoles) },
  'registry.matrix': { input: todayInput, output: coordinationMatrix },
  'registry.search': {
    input: z.strictObject({ query: z.string().max(200), roleIds: z.array(z.string().max(80)).max(100).optional(), limit: z.number().int().min(1).max(200).optional() }),
    output: registrySearch,
  },
  'sync.identity': { input: empty, output: identity },
  'sync.export': { input: exportInput, output: z.object({ fileName: z.string(), content: z.string(), opsCount: z.number().int() }) },
  'sync.preview': { input: bundleText, output: importSummary },
  'sync.import': { input: bundleText, output: importResult },
  'sync.undo': { input: empty, output: z.object({ importId: z.number().int(), opsRemoved: z.number().int(), label: z.string() }) },
  'sync.history': { input: empty, output: z.object({ imports: z.array(importLogEntry), exportPeers: z.array(z.string()) }) },
  'peers.list': { input: empty, output: z.array(peer) },
  'peers.add': { input: peerInput, output: z.array(peer) },
  'peers.remove': { input: z.strictObject({ id: z.number().int() }), output: z.array(peer) },
  'conflicts.list': { input: empty, output: z.array(conflictItem) },
  'conflicts.resolve': { input: resolveInput, output: z.array(conflictItem) },
  'conflicts.resolveDeleted': { input: resolveDeletedInput, output: z.array(conflictItem) },
  'directory.preview': { input: directoryPreviewInput, output: directoryPreview },
  'directory.import': { input: directoryImportInput, output: directoryImportResult },
  'directory.export': { input: directoryExportInput, output: directoryExportFile },
  'targets.list': { input: z.strictObject({ query: z.string().max(200).optional() }), output: z.array(nationalTarget) },
  'targets.get': { input: rowId, output: nationalTarget },
  'targets.create': { input: nationalTargetInput, output: nationalTarget },
  'targets.update': { input: z.strictObject({ id: z.uuid(), patch: nationalTargetPatch }), output: nationalTarget },
  'targets.delete': { input: rowId, output: nationalTarget },
  'targets.restore': { input: rowId, output: nationalTarget },
  'alignments.set': { input: alignmentInput, output: nationalTarget },
  'alignments.remove': { input: z.strictObject({ nationalTargetId: z.uuid(), frameworkItemId: z.string().max(100) }), output: nationalTarget },
  'targets.matrix': { input: z.strictObject({ framework: z.enum(frameworks.map((f) => f.id) as [string, ...string[]]) }), output: crosswalkMatrix },
  'targets.coverage': { input: empty, output: coverage },
  'targets.serves': { input: rowId, output: targetServes },
  'crosswalk.list': { input: empty, output: crosswalkList },
  'crosswalk.edit': { input: crosswalkEditInput, output: crosswalkList },
  'targets.export': { input: z.strictObject({ format: z.enum(['xlsx', 'csv']), language: z.enum(LANGUAGES).optional() }), output: z.object({ fileName: z.string(), dataBase64: z.string(), mime: z.string() }) },
} as const;

/** Channels whose handler is asynchronous (reading and writing XLSX): dispatch answers them with a Promise. */
export const asyncChannels = ['directory.preview', 'directory.import', 'directory.export', 'targets.export'] as const;
export type AsyncChannel = (typeof asyncChannels)[number];
export const isAsyncChannel = (name: unknown): name is AsyncChannel => (asyncChannels as readonly unknown[]).includes(name);

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** What every door returns: a result or a translatable error. */
export type RpcResult<T> = { ok: true; data: T } | { ok: false; error: import('./errors.ts').ErrorPayload };
