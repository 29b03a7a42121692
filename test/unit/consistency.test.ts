import { describe, expect, it } from 'vitest';
import { checkConsistency, type CheckItem, type CheckPosition } from '../../shared/consistency.ts';

// Every rule of the consistency check, each with the flag it raises and only that one.

const TODAY = '2027-01-10';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const item = (n: number, over: Partial<CheckItem> = {}): CheckItem => ({ id: uuid(n), meetingId: `m${n}`, convention: 'cites', start: '2027-06-01', end: '2027-06-10', topicIds: ['sharks-rays'], taxonGroup: null, taxon: null, ...over });
const pos = (n: number, itemN: number, over: Partial<CheckPosition> = {}): CheckPosition => ({ id: uuid(100 + n), agendaItemId: uuid(itemN), stance: 'support', status: 'draft', agreedOn: null, ...over });
const kinds = (items: CheckItem[], positions: CheckPosition[], acks = new Map<string, { reason: string; on: string | null }>()) => checkConsistency(items, positions, acks, TODAY).map((f) => f.kind);

describe('the consistency check', () => {
  it('flags opposite stances on one topic at two conventions, with both positions', () => {
    const items = [item(1), item(2, { convention: 'cms', meetingId: 'cms:cop16' })];
    const flags = checkConsistency(items, [pos(1, 1, { stance: 'oppose' }), pos(2, 2, { stance: 'support_conditions' })], new Map(), TODAY);
    expect(flags).toEqual([expect.objectContaining({ kind: 'stances_differ', subject: { kind: 'topic', id: 'sharks-rays' }, positionIds: [uuid(102), uuid(101)] })]);
    // those for first, then those against
  });

  it('recognises one subject by taxon group or named taxon even without a shared topic', () => {
    const items = [item(1, { topicIds: [], taxonGroup: 'sharks-rays' }), item(2, { topicIds: ['species-listings'], taxonGroup: 'sharks-rays' })];
    expect(kinds(items, [pos(1, 1, { stance: 'oppose' }), pos(2, 2)])).toEqual(['stances_differ']);
    const named = [item(1, { topicIds: [], taxon: 'Carcharhinus longimanus' }), item(2, { topicIds: [], taxon: ' carcharhinus  LONGIMANUS ' })];
    expect(checkConsistency(named, [pos(1, 1, { stance: 'oppose' }), pos(2, 2)], new Map(), TODAY)[0].subject).toEqual({ kind: 'taxon', id: 'carcharhinus longimanus' });
  });

  it('a neutral or undecided stance beside another is no contradiction; the same stance is none either', () => {
    const items = [item(1), item(2)];
    expect(kinds(items, [pos(1, 1, { stance: 'neutral' }), pos(2, 2, { stance: 'oppose' })])).toEqual([]);
    expect(kinds(items, [pos(1, 1, { stance: 'undecided' }), pos(2, 2)])).toEqual([]);
    expect(kinds(items, [pos(1, 1), pos(2, 2, { stance: 'support_conditions' })])).toEqual([]);
  });

  it('says a position contradicts an earlier agreed one when the agreed one is for a meeting that came first', () => {
    const items = [item(1, { start: '2026-11-01', end: '2026-11-10' }), item(2)];
    expect(kinds(items, [pos(1, 1, { stance: 'support', status: 'agreed', agreedOn: '2026-10-01' }), pos(2, 2, { stance: 'oppose' })])).toEqual(['contradicts_earlier']);
  });

  it('flags an agreed position beside a draft on the same subject', () => {
    expect(kinds([item(1), item(2)], [pos(1, 1, { status: 'agreed', agreedOn: '2027-01-01' }), pos(2, 2)])).toEqual(['agreed_and_draft']);
  });

  it('flags an agenda item of a meeting less than 60 days away that has no position, and not one further away or past', () => {
    expect(kinds([item(1, { start: '2027-02-20' })], [])).toEqual(['no_position']);
    expect(kinds([item(1, { start: '2027-03-20' })], [])).toEqual([]);
    expect(kinds([item(1, { start: '2027-01-01' })], [])).toEqual([]);
    expect(kinds([item(1, { start: '2027-02-20' })], [pos(1, 1, { status: 'superseded' })])).toEqual(['no_position']);
  });

  it('ignores superseded positions, keeps an acknowledged flag visible with its reason, and gives the same id for the same finding', () => {
    const items = [item(1), item(2)];
    expect(kinds(items, [pos(1, 1, { stance: 'oppose', status: 'superseded' }), pos(2, 2)])).toEqual([]);
    const [flag] = checkConsistency(items, [pos(1, 1, { stance: 'oppose' }), pos(2, 2)], new Map(), TODAY);
    const acked = checkConsistency(items, [pos(2, 2), pos(1, 1, { stance: 'oppose' })], new Map([[flag.id, { reason: 'different species in the two listings', on: TODAY }]]), TODAY);
    expect(acked).toEqual([expect.objectContaining({ id: flag.id, acknowledged: { reason: 'different species in the two listings', on: TODAY } })]);
  });

  it('reports a pair sharing several subjects once', () => {
    const items = [item(1, { topicIds: ['sharks-rays', 'species-listings'], taxonGroup: 'sharks-rays' }), item(2, { topicIds: ['sharks-rays', 'species-listings'], taxonGroup: 'sharks-rays' })];
    expect(kinds(items, [pos(1, 1, { stance: 'oppose' }), pos(2, 2)])).toEqual(['stances_differ']);
  });

  it('gathers every position for and against one subject into one finding, with a new id when the positions change', () => {
    const items = [item(1), item(2), item(3, { convention: 'cbd' })];
    const three = [pos(1, 1, { stance: 'oppose' }), pos(2, 2), pos(3, 3, { stance: 'support_conditions' })];
    const [flag] = checkConsistency(items, three, new Map(), TODAY);
    expect(flag.positionIds).toEqual([uuid(102), uuid(103), uuid(101)]);
    expect(flag.agendaItemIds.length).toBe(3);
    const [later] = checkConsistency([...items, item(4)], [...three, pos(4, 4, { stance: 'oppose' })], new Map([[flag.id, { reason: 'seen', on: TODAY }]]), TODAY);
    expect(later.id).not.toBe(flag.id);
    expect(later.acknowledged).toBeNull();
  });
});

