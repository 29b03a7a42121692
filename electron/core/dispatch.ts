import { z } from 'zod';
import { contract, isAsyncChannel, isChannel, type AsyncChannel, type Channel, type ChannelInput, type ChannelOutput, type RpcResult } from '../../shared/contract.ts';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import { MESSAGE_KEYS } from '../../shared/model/fields.ts';
import { appInfo, checkStore, dumpStore } from './app/service.ts';
import * as institutions from './institutions/service.ts';
import * as people from './people/service.ts';
import * as conflicts from './conflicts/service.ts';
import * as designations from './focal-points/designations.ts';
import * as directory from './directory/service.ts';
import { conventionView, vacancies } from './focal-points/vacancies.ts';
import { byInstitution, coordinationMatrix, searchRegistry } from './focal-points/views.ts';
import { listMembership, setMembership } from './membership/service.ts';
import * as peers from './peers/service.ts';
import { getSettings, updateSettings } from './settings/service.ts';
import { removeAlignment, setAlignment } from './targets/alignments.ts';
import { editCrosswalk, listCrosswalk } from './targets/crosswalk.ts';
import { exportTargets } from './targets/export.ts';
import { getTarget, listTargets } from './targets/read.ts';
import * as targets from './targets/service.ts';
import { coverage, crosswalkMatrix, targetServes } from './targets/views.ts';
import { exportBundleFile } from './sync/export-file.ts';
import { importBundle, previewImport, undoLastImport } from './sync/import.ts';
import { exportPeers, importHistory } from './sync/service.ts';
import type { Store } from './store.ts';

// The single entrance to the core. Every door calls dispatch; it validates the input against the
// contract, runs the handler, and turns every failure into a translatable error payload.

type Handlers = {
  [C in Channel]: (store: Store, input: z.output<(typeof contract)[C]['input']>) => C extends AsyncChannel ? Promise<ChannelOutput<C>> : ChannelOutput<C>;
};

const handlers: Handlers = {
  'app.info': (s) => appInfo(s),
  'app.dump': (s) => dumpStore(s),
  'app.check': (s) => checkStore(s),
  'settings.get': (s) => getSettings(s),
  'settings.update': (s, i) => updateSettings(s, i),
  'people.list': (s, i) => people.listPeople(s, i),
  'people.get': (s, i) => people.getPerson(s, i.id),
  'people.create': (s, i) => people.createPerson(s, i),
  'people.update': (s, i) => people.updatePerson(s, i),
  'people.delete': (s, i) => people.deletePerson(s, i.id),
  'people.restore': (s, i) => people.restorePerson(s, i.id),
  'institutions.list': (s, i) => institutions.listInstitutions(s, i),
  'institutions.get': (s, i) => institutions.getInstitution(s, i.id),
  'institutions.create': (s, i) => institutions.createInstitution(s, i),
  'institutions.update': (s, i) => institutions.updateInstitution(s, i),
  'institutions.delete': (s, i) => institutions.deleteInstitution(s, i.id),
  'institutions.restore': (s, i) => institutions.restoreInstitution(s, i.id),
  'membership.list': (s) => listMembership(s),
  'membership.set': (s, i) => setMembership(s, i),
  'designations.list': (s, i) => designations.listDesignations(s, i),
  'designations.create': (s, i) => designations.createDesignation(s, i),
  'designations.update': (s, i) => designations.updateDesignation(s, i.id, i.patch),
  'designations.delete': (s, i) => designations.deleteDesignation(s, i.id),
  'designations.restore': (s, i) => designations.restoreDesignation(s, i.id),
  'designations.handover': (s, i) => designations.handover(s, i),
  'registry.byConvention': (s, i) => conventionView(s, i.convention, i.today),
  'registry.vacancies': (s, i) => vacancies(s, i.today),
  'registry.byInstitution': (s, i) => byInstitution(s, i.today),
  'registry.matrix': (s, i) => coordinationMatrix(s, i.today),
  'registry.search': (s, i) => searchRegistry(s, i.query, i.roleIds ?? [], i.limit),
  'sync.identity': (s) => peers.identity(s),
  'sync.export': (s, i) => exportBundleFile(s, i),
  'sync.preview': (s, i) => previewImport(s, i.content),
  'sync.import': (s, i) => importBundle(s, i.content, i.fileName ?? null),
  'sync.undo': (s) => undoLastImport(s),
  'sync.history': (s) => ({ imports: importHistory(s), exportPeers: exportPeers(s) }),
  'peers.list': (s) => peers.listPeers(s),
  'peers.add': (s, i) => peers.addPeer(s, i),
  'peers.remove': (s, i) => peers.removePeer(s, i.id),
  'conflicts.list': (s) => conflicts.listConflicts(s),
  'conflicts.resolve': (s, i) => conflicts.resolveConflict(s, i),
  'conflicts.resolveDeleted': (s, i) => conflicts.resolveDeleted(s, i),
  'directory.preview': (s, i) => directory.previewDirectory(s, i),
  'directory.import': (s, i) => directory.importDirectory(s, i),
  'directory.export': (s, i) => directory.exportDirectory(s, i),
  'targets.list': (s, i) => listTargets(s, i.query),
  'targets.get': (s, i) => getTarget(s, i.id),
  'targets.create': (s, i) => targets.createTarget(s, i),
  'targets.update': (s, i) => targets.updateTarget(s, i.id, i.patch),
  'targets.delete': (s, i) => targets.deleteTarget(s, i.id),
  'targets.restore': (s, i) => targets.restoreTarget(s, i.id),
  'alignments.set': (s, i) => setAlignment(s, i),
  'alignments.remove': (s, i) => removeAlignment(s, i),
  'targets.matrix': (s, i) => crosswalkMatrix(s, i.framework),
  'targets.coverage': (s) => coverage(s),
  'targets.serves': (s, i) => targetServes(s, i.id),
  'crosswalk.list': (s) => listCrosswalk(s),
  'crosswalk.edit': (s, i) => editCrosswalk(s, i),
  'targets.export': (s, i) => exportTargets(s, i.format, i.language),
};

const KNOWN = new Set<string>(MESSAGE_KEYS);

export function zodIssues(err: z.ZodError): FieldIssue[] {
  return err.issues.map((i) => ({
    path: [...i.path.map(String), ...(i.code === 'unrecognized_keys' ? [i.keys.join(',')] : [])].join('.'),
    code: KNOWN.has(i.message) ? i.message : i.code === 'unrecognized_keys' ? 'unknown_field' : 'invalid',
  }));
}

export interface Dispatcher {
  /** synchronous channels; an asynchronous one (contract.ts asyncChannels) is refused: use invoke */
  dispatch<C extends Channel>(channel: C, input: ChannelInput<C>): RpcResult<ChannelOutput<C>>;
  /** for doors that receive untyped data and answer at once (CLI); as dispatch, synchronous channels only */
  dispatchUnknown(channel: unknown, input: unknown): RpcResult<unknown>;
  /** every channel, synchronous or not: the doors that can wait (IPC, HTTP) and callers of asynchronous channels */
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<RpcResult<ChannelOutput<C>>>;
  invoke(channel: unknown, input: unknown): Promise<RpcResult<unknown>>;
}

export function createDispatcher(store: Store, options: { checkOutput?: boolean } = {}): Dispatcher {
  const run = (channel: unknown, input: unknown): RpcResult<unknown> | Promise<RpcResult<unknown>> => {
    try {
      if (!isChannel(channel)) throw new AppError('unknown_channel', `unknown channel ${String(channel).slice(0, 80)}`, { channel: String(channel).slice(0, 80) });
      const spec = contract[channel];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new AppError('invalid_input', `invalid input for ${channel}`, { channel }, zodIssues(parsed.error));
      }
      const handler = handlers[channel] as (s: Store, i: unknown) => unknown;
      const data = handler(store, parsed.data);
      const done = (value: unknown): RpcResult<unknown> => {
        if (options.checkOutput) spec.output.parse(value);
        return { ok: true, data: value };
      };
      if (data instanceof Promise) return data.then(done).catch((err: unknown) => ({ ok: false, error: toPayload(err) }));
      return done(data);
    } catch (err) {
      return { ok: false, error: toPayload(err) };
    }
  };
  const dispatchUnknown = (channel: unknown, input: unknown): RpcResult<unknown> => {
    if (isAsyncChannel(channel)) {
      return { ok: false, error: new AppError('internal', `channel ${String(channel)} is asynchronous: call it with invoke`).toPayload() };
    }
    return run(channel, input) as RpcResult<unknown>;
  };
  return {
    dispatch: (channel, input) => dispatchUnknown(channel, input) as never,
    dispatchUnknown,
    invoke: async (channel: unknown, input: unknown) => run(channel, input) as never,
  };
}

function toPayload(err: unknown) {
  if (err instanceof AppError) return err.toPayload();
  if (err instanceof z.ZodError) return new AppError('invalid_input', 'invalid input', {}, zodIssues(err)).toPayload();
  const message = err instanceof Error ? err.message : String(err);
  return new AppError('internal', `internal error: ${message}`).toPayload();
}
