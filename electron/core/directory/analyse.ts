import type { z } from 'zod';
import type { DirectoryMapping, DirectoryRow, DirectoryTarget } from '../../../shared/model/directory.ts';
import { MESSAGE_KEYS } from '../../../shared/model/fields.ts';
import { institutionInput } from '../../../shared/model/institutions.ts';
import { personInput } from '../../../shared/model/people.ts';
import type { RoleType } from '../../../shared/reference/roles.ts';
import { listDesignations } from '../focal-points/designations.ts';
import { localToday } from '../../../shared/days.ts';
import type { Store } from '../store.ts';
import { stmt } from '../db/sql.ts';
import { PersonMatcher, type Match } from './duplicates.ts';
import { fold } from './mapping.ts';
import type { DirectoryFile } from './read.ts';
import type { Choices, Unmatched } from './choices.ts';
import { findScope, resolveRoleIn, splitTreaties, type Scope } from './treaties.ts';
import { dayOrderOf, parseDate, parseLanguages, splitList, type DayOrder } from './values.ts';

// Each data row of a directory file checked as the desk would check a form: the person's and the
// institution's fields with the app's own zod schemas, the role against the reference data, the
// e-mail and name against the people already in the desk and the rows above it.

export interface AnalysedRow {
  preview: DirectoryRow;
  person: z.output<typeof personInput> | null;
  institution: { existingId: string | null; key: string; name: string; acronym: string | null; address: string | null } | null;
  designations: { role: RoleType; instrumentId: string | null; startDate: string | null; held: boolean }[];
  match: Match | null;
}

type Issue = { field: string; code: string };
const KNOWN = new Set<string>(MESSAGE_KEYS);

function issuesOf(prefix: string, error: z.ZodError): Issue[] {
  const out: Issue[] = [];
  for (const i of error.issues) {
    const field = `${prefix}.${String(i.path[0] ?? '')}`;
    if (!out.some((o) => o.field === field)) out.push({ field, code: KNOWN.has(i.message) ? i.message : 'invalid' });
  }
  return out;
}

/** Mapped cells of a row: one value per target; notes from several columns are joined. */
function collect(cells: string[], mapping: DirectoryMapping): Partial<Record<DirectoryTarget, string>> {
  const values: Partial<Record<DirectoryTarget, string>> = {};
  mapping.forEach((target, i) => {
    const v = (cells[i] ?? '').trim();
    if (!target || !v) return;
    if (target === 'person.notes' && values[target]) values[target] += `\n${v}`;
    else values[target] ??= v;
  });
  if (!values['person.name'] && (values['person.firstName'] || values['person.lastName'])) {
    values['person.name'] = [values['person.firstName'], values['person.lastName']].filter(Boolean).join(' ');
  }
  return values;
}

interface Context {
  matcher: PersonMatcher;
  institutionsByName: Map<string, { id: string; name: string }>;
  institutionsByAcronym: Map<string, { id: string; name: string }>;
  /** institutions to be created, by folded name and by folded acronym: the same one for every row naming it */
  newInstitutions: Map<string, { key: string; name: string }>;
  holders: Map<string, { personId: string | null; instrumentId: string | null; startDate: string | null; endDate: string | null }[]>;
  /** single-holder roles claimed by a row above: role|instrument → who */
  claims: Map<string, string>;
  today: string;
  dayOrder: DayOrder;
  store: Store;
  choices: Choices;
  unmatched: Unmatched;
}

function context(store: Store, dayOrder: DayOrder, choices: Choices, unmatched: Unmatched): Context {
  const matcher = new PersonMatcher();
  const people = stmt(store.db, 'SELECT id, name, email FROM person WHERE _deleted = 0 ORDER BY name, id').all() as { id: string; name: string | null; email: string | null }[];
  for (const p of people) matcher.add({ personId: p.id, row: null, name: p.name ?? '' }, p.email, p.name);
  const institutionsByName = new Map<string, { id: string; name: string }>();
  const institutionsByAcronym = new Map<string, { id: string; name: string }>();
  const institutions = stmt(store.db, 'SELECT id, name, acronym FROM institution WHERE _deleted = 0 ORDER BY name, id').all() as { id: string; name: string | null; acronym: string | null }[];
  for (const i of institutions) {
    const entry = { id: i.id, name: i.name ?? '' };
    if (i.name && !institutionsByName.has(fold(i.name))) institutionsByName.set(fold(i.name), entry);
    if (i.acronym && !institutionsByAcronym.has(fold(i.acronym))) institutionsByAcronym.set(fold(i.acronym), entry);
  }
  return { matcher, institutionsByName, institutionsByAcronym, newInstitutions: new Map(), holders: new Map(), claims: new Map(), today: localToday(), dayOrder, store, choices, unmatched };
}

const overlaps = (a: { startDate: string | null; endDate: string | null }, b: { startDate: string | null; endDate: string | null }) =>
  (!a.startDate || !b.endDate || a.startDate <= b.endDate) && (!b.startDate || !a.endDate || b.startDate <= a.endDate);

function holdersOf(ctx: Context, roleId: string) {
  let list = ctx.holders.get(roleId);
  if (!list) {
    list = listDesignations(ctx.store, { roleId, includeEnded: true }).map((d) => ({ personId: d.personId, instrumentId: d.instrumentId, startDate: d.startDate, endDate: d.endDate }));
    ctx.holders.set(roleId, list);
  }
  return list;
}

function analyseRow(ctx: Context, line: number, cells: string[], mapping: DirectoryMapping): AnalysedRow {
  const values = collect(cells, mapping);
  const errors: Issue[] = [];

  // the person
  const email = values['person.email'] ? splitList(values['person.email'], 'email') : null;
  const phone = values['person.phone'] ? splitList(values['person.phone'], 'phone') : null;
  const fax = values['person.fax'] ? splitList(values['person.fax'], 'phone') : null;
  const extra = [...(email?.others ?? []), ...(phone?.others ?? []), ...(fax?.others ?? [])];
  const notes = [values['person.notes'], extra.join(', ')].filter(Boolean).join('\n');
  let languages: string[] | undefined;
  if (values['person.languages']) {
    const parsed = parseLanguages(values['person.languages']);
    if (parsed) languages = parsed;
    else errors.push({ field: 'person.languages', code: 'language_invalid' });
  }
  const personRaw = {
    honorific: values['person.honorific'],
    name: values['person.name'] ?? '',
    title: values['person.title'],
    department: values['person.department'],
    address: values['person.address'],
    email: email?.first,
    phone: phone?.first,
    fax: fax?.first,
    languages,
    notes: notes || undefined,
  };
  const personParsed = personInput.safeParse(Object.fromEntries(Object.entries(personRaw).filter(([, v]) => v !== undefined)));
  if (!personParsed.success) errors.push(...issuesOf('person', personParsed.error));
  const person = personParsed.success ? personParsed.data : null;

  // the institution
  let institution: AnalysedRow['institution'] = null;
  const instName = values['institution.name'];
  const acronym = values['institution.acronym'];
  const instAddress = values['institution.address'];
  if (instName || acronym) {
    const parsed = institutionInput.safeParse({ name: instName ?? acronym, ...(acronym ? { acronym } : {}), ...(instAddress ? { address: instAddress } : {}) });
    if (!parsed.success) errors.push(...issuesOf('institution', parsed.error));
    const existing = (instName && ctx.institutionsByName.get(fold(instName))) || (acronym && ctx.institutionsByAcronym.get(fold(acronym))) || null;
    if (existing) institution = { existingId: existing.id, key: existing.id, name: existing.name, acronym: acronym ?? null, address: instAddress ?? null };
    else {
      const nameKey = instName ? `name:${fold(instName)}` : null;
      const acronymKey = acronym ? `acronym:${fold(acronym)}` : null;
      const known = (nameKey && ctx.newInstitutions.get(nameKey)) || (acronymKey && ctx.newInstitutions.get(acronymKey)) || { key: nameKey ?? acronymKey!, name: instName ?? acronym! };
      for (const k of [nameKey, acronymKey]) if (k && !ctx.newInstitutions.has(k)) ctx.newInstitutions.set(k, known);
      institution = { existingId: null, key: known.key, name: known.name, acronym: acronym ?? null, address: instAddress ?? null };
    }
  }

  // the roles: one per treaty the row names ("cms;aewa"), each matched within its treaty; a text
  // the desk does not recognise is listed for the user (once per file), never a reason to lose the person
  const designations: AnalysedRow['designations'] = [];
  const unmatched: string[] = [];
  let startDate: string | null = null;
  if (values['designation.startDate']) {
    startDate = parseDate(values['designation.startDate'], ctx.dayOrder);
    if (!startDate) errors.push({ field: 'designation.startDate', code: 'date_invalid' });
    else values['designation.startDate'] = startDate;
  }
  const scopes: (Scope | null)[] = [];
  for (const text of values['designation.convention'] ? splitTreaties(values['designation.convention']) : []) {
    const known = findScope(text);
    if (known) {
      scopes.push(known);
      continue;
    }
    const key = ctx.unmatched.note('treaty', text, null, line);
    const chosen = ctx.choices.treaty(text);
    if (chosen && chosen !== 'skip') scopes.push(chosen);
    else if (!chosen) unmatched.push(key);
  }
  if (scopes.length === 0 && !values['designation.convention']) scopes.push(null);
  const roleTexts = values['designation.role'] ? values['designation.role'].split(/\s*[;\n]\s*/).filter(Boolean) : [];
  for (const scope of scopes) {
    for (const text of roleTexts) {
      let found = resolveRoleIn(text, scope);
      if (!found) {
        const key = ctx.unmatched.note('role', text, scope?.id ?? null, line);
        const chosen = ctx.choices.role(text, scope?.id ?? null);
        if (!chosen) unmatched.push(key);
        if (!chosen || chosen === 'skip') continue;
        found = chosen;
      }
      if (!designations.some((d) => d.role.id === found.role.id && d.instrumentId === found.instrumentId)) designations.push({ ...found, startDate, held: false });
    }
  }

  // the same person as someone in the desk, or as a row above?
  const match = ctx.matcher.find(person?.name ?? values['person.name'], person?.email ?? email?.first);
  const who = match ? (match.personId ?? `row:${match.row}`) : `row:${line}`;

  // a single-holder role held by someone else for the same days
  const claimsHere: string[] = [];
  for (const d of designations) {
    if (d.role.multiple) continue;
    const instrumentId = d.instrumentId;
    const span = { startDate: d.startDate ?? ctx.today, endDate: null };
    const holders = holdersOf(ctx, d.role.id).filter((h) => h.instrumentId === instrumentId && overlaps(h, span));
    const claimKey = `${d.role.id}|${instrumentId ?? ''}`;
    const claimedBy = ctx.claims.get(claimKey);
    if (holders.length > 0 && match?.personId && holders.every((h) => h.personId === match.personId)) d.held = true;
    else if (holders.length > 0 || (claimedBy && claimedBy !== who)) {
      if (!errors.some((e) => e.field === 'designation.role')) errors.push({ field: 'designation.role', code: 'role_taken' });
    } else claimsHere.push(claimKey);
  }

  const valid = errors.length === 0;
  if (valid && person) {
    // later rows are checked against this one too
    ctx.matcher.add(match ? { personId: match.personId, row: match.row, name: match.name } : { personId: null, row: line, name: person.name }, person.email, person.name);
    for (const key of claimsHere) ctx.claims.set(key, who);
  }

  const shown: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (v) shown[k] = v;
  return {
    preview: {
      index: line,
      values: shown,
      errors,
      duplicate: match ? { personId: match.personId, row: match.row, name: match.name, reason: match.reason } : null,
      institution: institution ? { existingId: institution.existingId, name: institution.name } : null,
      designation: designations[0] ? { roleId: designations[0].role.id, convention: designations[0].role.convention } : null,
      designations: designations.map((d) => ({ roleId: d.role.id, convention: d.role.convention, instrumentId: d.instrumentId })),
      unmatched: [...new Set(unmatched)],
    },
    person: valid ? person : null,
    institution,
    designations,
    match,
  };
}

/**
 * Every data row, as analyseRows, pausing after every STEP_ROWS rows for `step` (a preview's progress,
 * and the core's other calls: a preview writes nothing, so what it reads may move on meanwhile).
 */
export async function analyseRowsInSteps(store: Store, file: DirectoryFile, mapping: DirectoryMapping, choices: Choices, unmatched: Unmatched, step: (done: number, total: number) => Promise<void>): Promise<AnalysedRow[]> {
  const ctx = contextFor(store, file, mapping, choices, unmatched);
  const out: AnalysedRow[] = [];
  for (const r of file.rows) {
    out.push(analyseRow(ctx, r.line, r.cells, mapping));
    if (out.length % STEP_ROWS === 0) await step(out.length, file.rows.length);
  }
  return out;
}

const STEP_ROWS = 500;

function contextFor(store: Store, file: DirectoryFile, mapping: DirectoryMapping, choices: Choices, unmatched: Unmatched) {
  const dateColumns = mapping.flatMap((t, i) => (t === 'designation.startDate' ? [i] : []));
  return context(store, dayOrderOf(file.rows.flatMap((r) => dateColumns.map((i) => r.cells[i] ?? ''))), choices, unmatched);
}

/** Every data row (or only the chosen ones: rows not chosen neither count as duplicates nor hold roles). */
export function analyseRows(store: Store, file: DirectoryFile, mapping: DirectoryMapping, choices: Choices, unmatched: Unmatched, only?: ReadonlySet<number>): AnalysedRow[] {
  const ctx = contextFor(store, file, mapping, choices, unmatched);
  return file.rows.filter((r) => !only || only.has(r.line)).map((r) => analyseRow(ctx, r.line, r.cells, mapping));
}
