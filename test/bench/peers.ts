import * as Automerge from '@automerge/automerge';
import * as Y from 'yjs';
import { time } from './stats.ts';

// The same work for two well-known CRDT libraries, measured in the same run as ours: a replica
// holding 100,000 field writes (PEOPLE people × 5 fields) receives 100,000 remote field writes
// (as many other people). Their figures are in memory only; ours is durable on disk, and keeps
// every concurrent value as a visible conflict.

const FIELDS = ['name', 'title', 'email', 'phone', 'notes'] as const;
const person = (who: string, n: number) => Object.fromEntries(FIELDS.map((f) => [f, `${f} of ${who} ${n}`]));

export function benchAutomerge(people: number): { applyMs: number; changes: number } {
  type Doc = { people: Record<string, Record<string, string>> };
  let replica = Automerge.from<Doc>({ people: {} });
  replica = Automerge.change(replica, (d) => {
    for (let n = 0; n < people; n++) d.people[`r${n}`] = person('replica', n);
  });
  let remote = Automerge.clone(replica);
  const base = Automerge.getHeads(remote);
  remote = Automerge.change(remote, (d) => {
    for (let n = 0; n < people; n++) d.people[`s${n}`] = person('remote', n);
  });
  const changes = Automerge.getChanges(Automerge.view(remote, base), remote);
  const [, applyMs] = time(() => {
    [replica] = Automerge.applyChanges(replica, changes);
  });
  if (Object.keys(replica.people).length !== 2 * people) throw new Error('automerge: the remote writes did not all arrive');
  return { applyMs: Math.round(applyMs), changes: changes.length };
}

export function benchYjs(people: number): { applyMs: number; updateBytes: number } {
  const replica = new Y.Doc();
  const fill = (doc: Y.Doc, prefix: string, who: string) =>
    doc.transact(() => {
      const all = doc.getMap<Y.Map<string>>('people');
      for (let n = 0; n < people; n++) {
        const m = new Y.Map<string>();
        for (const [k, v] of Object.entries(person(who, n))) m.set(k, v);
        all.set(`${prefix}${n}`, m);
      }
    });
  fill(replica, 'r', 'replica');
  const remote = new Y.Doc();
  Y.applyUpdate(remote, Y.encodeStateAsUpdate(replica));
  fill(remote, 's', 'remote');
  const update = Y.encodeStateAsUpdate(remote, Y.encodeStateVector(replica));
  const [, applyMs] = time(() => Y.applyUpdate(replica, update));
  if (replica.getMap('people').size !== 2 * people) throw new Error('yjs: the remote writes did not all arrive');
  return { applyMs: Math.round(applyMs), updateBytes: update.byteLength };
}
