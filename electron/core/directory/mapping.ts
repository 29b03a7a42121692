import type { DirectoryMapping, DirectoryTarget } from '../../../shared/model/directory.ts';
import { textsInAllLanguages } from '../i18n/texts.ts';
import { HEADER_SEARCH_ROWS, type SheetRow } from './parse.ts';

// Which column holds what: column names as secretariats and ministries write them, in English,
// French and Spanish, and the desk's own export headers in all six languages.

/** lower case, no accents, punctuation as spaces: "E-mail:" → "e mail", "Prénom(s)" → "prenom s" */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const HEADERS: Record<DirectoryTarget, string[]> = {
  'person.firstName': ['first name', 'firstname', 'first names', 'given name', 'given names', 'forename', 'forenames', 'prenom', 'prenoms', 'prenom s', 'nombre de pila', 'nombres de pila', 'primer nombre'],
  'person.lastName': ['last name', 'lastname', 'surname', 'family name', 'nom de famille', 'apellido', 'apellidos', 'apellido s', 'primer apellido'],
  'person.name': [
    'name', 'names', 'full name', 'fullname', 'person', 'contact', 'contact person', 'contact name', 'name of focal point', 'focal point', 'focal point name',
    'national focal point', 'nom', 'nom complet', 'nom et prenom', 'nom et prenoms', 'prenom et nom', 'noms et prenoms', 'point focal', 'nom du point focal',
    'nombre', 'nombre completo', 'nombre y apellido', 'nombre y apellidos', 'nombres y apellidos', 'punto focal', 'nombre del punto focal',
  ],
  'person.honorific': [
    'prefix', 'name prefix', 'honorific', 'honorifics', 'honorific prefix', 'salutation', 'title prefix', 'courtesy title', 'form of address',
    'mr ms', 'mr mrs ms', 'civilite', 'titre de civilite', 'formule d appel', 'appellation', 'prefixe', 'tratamiento', 'forma de tratamiento',
    'titulo de cortesia', 'prefijo', 'saludo',
  ],
  'person.title': [
    'title', 'position', 'job title', 'job', 'function', 'post', 'position title', 'official title', 'designation',
    'fonction', 'poste', 'titre', 'qualite', 'cargo', 'puesto', 'titulo', 'cargo puesto',
  ],
  'person.department': [
    'department', 'dept', 'departments', 'division', 'unit', 'section', 'service', 'directorate', 'sub department', 'organisational unit',
    'organizational unit', 'org unit', 'departement', 'direction', 'unite', 'sous direction', 'departamento', 'unidad', 'seccion', 'servicio',
    'subdireccion', 'direccion general',
  ],
  'person.address': [
    'address', 'addresses', 'postal address', 'postaladdress', 'mailing address', 'mailingaddress', 'office address', 'work address',
    'business address', 'street address', 'full address', 'contact address', 'adresse', 'adresse postale', 'adresse professionnelle',
    'adresse du bureau', 'direccion', 'direccion postal', 'direccion de la oficina', 'direccion completa', 'domicilio',
  ],
  'person.email': [
    'email', 'e mail', 'emails', 'e mails', 'email address', 'emailaddress', 'e mail address', 'mail', 'courriel', 'adresse electronique', 'adresse courriel', 'adresse email',
    'adresse e mail', 'mel', 'correo', 'correo electronico', 'e correo', 'direccion de correo', 'direccion de correo electronico',
  ],
  'person.phone': [
    'phone', 'phones', 'telephone', 'tel', 'phone number', 'phonenumber', 'phone no', 'telephone number', 'telephonenumber', 'telephone no',
    'tel number', 'tel no', 'mobile', 'mobile phone', 'cell', 'cell phone', 'office phone', 'work phone', 'business phone',
    'portable', 'numero de telephone', 'telefono', 'numero de telefono', 'movil', 'celular', 'telefono movil',
  ],
  'person.fax': [
    'fax', 'fax number', 'faxnumber', 'fax no', 'telefax', 'facsimile', 'office fax', 'telecopie', 'telecopieur', 'numero de fax',
    'numero de telecopie', 'facsimil', 'numero de facsimil',
  ],
  'person.languages': [
    'language', 'languages', 'working language', 'working languages', 'language s', 'langue', 'langues', 'langue de travail', 'langues de travail',
    'idioma', 'idiomas', 'lengua', 'lenguas', 'idioma de trabajo', 'idiomas de trabajo',
  ],
  'person.notes': ['notes', 'note', 'comments', 'comment', 'remarks', 'remark', 'remarque', 'remarques', 'commentaire', 'commentaires', 'observations', 'notas', 'nota', 'comentarios', 'comentario', 'observaciones'],
  'institution.name': [
    'institution', 'organisation', 'organization', 'organisation name', 'organization name', 'institution name', 'agency', 'ministry',
    'affiliation', 'employer', 'organisme', 'ministere', 'structure', 'administration', 'organizacion', 'institucion', 'ministerio', 'entidad',
    'organismo', 'dependencia', 'nombre de la institucion', 'nom de l institution',
  ],
  'institution.address': ['institution address', 'organisation address', 'organization address', 'office address', 'adresse de l institution', 'adresse de l organisme', 'direccion de la institucion', 'direccion institucional'],
  'institution.acronym': ['acronym', 'abbreviation', 'organisation acronym', 'organization acronym', 'institution acronym', 'sigle', 'acronyme', 'sigla', 'siglas', 'acronimo'],
  'designation.convention': ['convention', 'conventions', 'treaty', 'treaties', 'agreement', 'agreements', 'mea', 'meas', 'convenio', 'convencion', 'tratado', 'tratados', 'acuerdo', 'instrument', 'traite', 'traites'],
  'designation.role': [
    'role', 'roles', 'type', 'contact type', 'focal point type', 'type of focal point', 'nfp type', 'capacity', 'role type', 'type de point focal', 'rol', 'roles y funciones',
    'funcion', 'tipo de punto focal', 'focal point role', 'role du point focal',
  ],
  'designation.startDate': [
    'start date', 'start', 'since', 'from', 'date of designation', 'designation date', 'designated on', 'date designated', 'appointment date',
    'date of appointment', 'appointed', 'date de debut', 'debut', 'depuis', 'date de nomination', 'date de designation', 'fecha de inicio', 'desde',
    'fecha de designacion', 'fecha de nombramiento', 'inicio',
  ],
};

/** The columns of the desk's own export (locales/<lng>/directory.json export.columns) and what they hold. */
const EXPORT_COLUMNS: Record<string, DirectoryTarget> = {
  honorific: 'person.honorific',
  name: 'person.name',
  title: 'person.title',
  department: 'person.department',
  institution: 'institution.name',
  acronym: 'institution.acronym',
  institutionAddress: 'institution.address',
  address: 'person.address',
  email: 'person.email',
  phone: 'person.phone',
  fax: 'person.fax',
  languages: 'person.languages',
  roles: 'designation.role',
  notes: 'person.notes',
};

const BY_HEADER = new Map<string, DirectoryTarget>();
for (const [target, names] of Object.entries(HEADERS) as [DirectoryTarget, string[]][]) for (const n of names) BY_HEADER.set(n, target);
for (const [column, target] of Object.entries(EXPORT_COLUMNS)) {
  for (const header of textsInAllLanguages('directory', `export.columns.${column}`)) if (!BY_HEADER.has(fold(header))) BY_HEADER.set(fold(header), target);
}

/** The target a header names, when it is one we know (trailing "*", "(s)" and "1" ignored). */
export function headerTarget(header: string): DirectoryTarget | null {
  const key = fold(header);
  if (!key) return null;
  return BY_HEADER.get(key) ?? BY_HEADER.get(key.replace(/\s+(s|1)$/, '')) ?? null;
}

/** Targets that may take several columns (their texts are joined). */
const MULTI: readonly DirectoryTarget[] = ['person.notes'];

/** "Name" beside "Surname", "Nombre" beside "Apellidos": the first name. */
const GIVEN_WHEN_LAST = new Set(['name', 'names', 'nombre', 'nombres']);

/**
 * One target per column, or null. With separate first and last names, the plain name column is
 * the other half: "Nom" beside "Prénom" is the last name, "Nombre" beside "Apellidos" the first.
 */
export function suggestMapping(headers: readonly string[]): DirectoryMapping {
  const raw = headers.map(headerTarget);
  const hasFirst = raw.includes('person.firstName');
  const hasLast = raw.includes('person.lastName');
  const used = new Set<DirectoryTarget>();
  return raw.map((target, i) => {
    let t = target;
    if (t === 'person.name' && hasFirst) t = hasLast ? null : 'person.lastName';
    else if (t === 'person.name' && hasLast && GIVEN_WHEN_LAST.has(fold(headers[i]))) t = 'person.firstName';
    if (!t) return null;
    if (used.has(t) && !MULTI.includes(t)) return null;
    used.add(t);
    return t;
  });
}

/** The header row: among the first rows, the one naming the most known columns (none → null). */
export function findHeaderRow(rows: readonly SheetRow[]): number | null {
  let best = -1;
  let bestScore = 0;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
    const score = new Set(row.cells.map(headerTarget).filter(Boolean)).size;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best < 0 ? null : best;
}
