import type { Confidence } from './types.ts';

// Conventions and the instruments under them. Names are i18n keys: reference:conventions.<id>.
// Ids are stable: they travel in bundles and never change.

export interface Convention {
  id: string;
  abbreviation: string;
  /** year the treaty was adopted */
  adopted: number;
  confidence: Confidence;
}

export interface Instrument {
  id: string;
  convention: string;
  abbreviation: string;
  kind: 'protocol' | 'agreement' | 'mou';
  adopted: number;
  confidence: Confidence;
}

export const conventions: readonly Convention[] = [
  { id: 'cbd', abbreviation: 'CBD', adopted: 1992, confidence: 'high' },
  { id: 'cites', abbreviation: 'CITES', adopted: 1973, confidence: 'high' },
  { id: 'cms', abbreviation: 'CMS', adopted: 1979, confidence: 'high' },
  { id: 'ramsar', abbreviation: 'Ramsar', adopted: 1971, confidence: 'high' },
  { id: 'whc', abbreviation: 'WHC', adopted: 1972, confidence: 'high' },
  { id: 'itpgrfa', abbreviation: 'ITPGRFA', adopted: 2001, confidence: 'high' },
  { id: 'ippc', abbreviation: 'IPPC', adopted: 1951, confidence: 'high' },
  { id: 'iwc', abbreviation: 'ICRW', adopted: 1946, confidence: 'high' },
];

export const instruments: readonly Instrument[] = [
  { id: 'cbd:cartagena', convention: 'cbd', abbreviation: 'CPB', kind: 'protocol', adopted: 2000, confidence: 'high' },
  { id: 'cbd:nagoya', convention: 'cbd', abbreviation: 'NP', kind: 'protocol', adopted: 2010, confidence: 'high' },
  { id: 'cms:aewa', convention: 'cms', abbreviation: 'AEWA', kind: 'agreement', adopted: 1995, confidence: 'high' },
  { id: 'cms:eurobats', convention: 'cms', abbreviation: 'EUROBATS', kind: 'agreement', adopted: 1991, confidence: 'high' },
  { id: 'cms:ascobans', convention: 'cms', abbreviation: 'ASCOBANS', kind: 'agreement', adopted: 1991, confidence: 'high' },
  { id: 'cms:accobams', convention: 'cms', abbreviation: 'ACCOBAMS', kind: 'agreement', adopted: 1996, confidence: 'high' },
  { id: 'cms:acap', convention: 'cms', abbreviation: 'ACAP', kind: 'agreement', adopted: 2001, confidence: 'high' },
  { id: 'cms:gorillas', convention: 'cms', abbreviation: 'Gorilla Agreement', kind: 'agreement', adopted: 2007, confidence: 'high' },
  { id: 'cms:wadden-seals', convention: 'cms', abbreviation: 'Wadden Sea Seals', kind: 'agreement', adopted: 1990, confidence: 'high' },
  { id: 'cms:raptors', convention: 'cms', abbreviation: 'Raptors MOU', kind: 'mou', adopted: 2008, confidence: 'high' },
  { id: 'cms:sharks', convention: 'cms', abbreviation: 'Sharks MOU', kind: 'mou', adopted: 2010, confidence: 'high' },
  { id: 'cms:iosea', convention: 'cms', abbreviation: 'IOSEA Marine Turtles MOU', kind: 'mou', adopted: 2001, confidence: 'high' },
  { id: 'cms:dugong', convention: 'cms', abbreviation: 'Dugong MOU', kind: 'mou', adopted: 2007, confidence: 'high' },
];

export const conventionIds = conventions.map((c) => c.id);

export function instrumentsOf(conventionId: string): Instrument[] {
  return instruments.filter((i) => i.convention === conventionId);
}

/** i18n key of a reference id: ids keep their colons, keys may not (i18next's namespace separator). */
export function i18nKeyOf(id: string): string {
  return id.replace(/[:-]/g, '_');
}

/** The short name of where something belongs: an instrument's abbreviation ("AEWA", "CPB"), else its convention's ("CITES"). */
export function scopeAbbreviation(convention: string, instrumentId: string | null = null): string {
  if (instrumentId) return instruments.find((i) => i.id === instrumentId)?.abbreviation ?? instrumentId;
  return conventions.find((c) => c.id === convention)?.abbreviation ?? convention;
}
