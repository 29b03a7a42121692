import type { Confidence } from './types.ts';

// Focal-point role types per convention, from ../shared/reference/reference-facts.json.
// Titles are i18n keys: reference:roles.<key>. `expected`: a Party is expected to designate it
// (a vacancy when empty). `multiple`: the role may have several holders at once.

export interface RoleType {
  id: string;
  key: string;
  convention: string;
  instrument: string | null;
  abbreviation: string | null;
  multiple: boolean;
  expected: boolean;
  confidence: Confidence;
  basis: string;
  note?: string;
}

export const roleTypes: readonly RoleType[] = [
  { id: 'cbd:role:nfp', key: 'cbd_nfp', convention: 'cbd', instrument: null, abbreviation: 'CBD NFP', multiple: false, expected: true, confidence: 'high', basis: 'COP practice; liaison with Secretariat', note: 'Also typically the publishing authority for national reports in the CBD Online Reporting Tool (medium confidence).' },
  { id: 'cbd:role:sbstta', key: 'cbd_sbstta', convention: 'cbd', instrument: null, abbreviation: 'SBSTTA NFP', multiple: false, expected: true, confidence: 'high', basis: 'COP decisions (e.g. VIII/10)' },
  { id: 'cbd:role:chm', key: 'cbd_chm', convention: 'cbd', instrument: null, abbreviation: 'CHM NFP', multiple: false, expected: true, confidence: 'high', basis: 'Art. 18.3; COP decisions' },
  { id: 'cbd:role:gti', key: 'cbd_gti', convention: 'cbd', instrument: null, abbreviation: 'GTI NFP', multiple: false, expected: false, confidence: 'high', basis: 'COP decisions on GTI' },
  { id: 'cbd:role:gspc', key: 'cbd_gspc', convention: 'cbd', instrument: null, abbreviation: 'GSPC NFP', multiple: false, expected: false, confidence: 'high', basis: 'COP decisions on GSPC' },
  { id: 'cbd:role:powpa', key: 'cbd_powpa', convention: 'cbd', instrument: null, abbreviation: 'PoWPA NFP', multiple: false, expected: false, confidence: 'high', basis: 'decision IX/18' },
  { id: 'cbd:role:resmob', key: 'cbd_resmob', convention: 'cbd', instrument: null, abbreviation: null, multiple: false, expected: false, confidence: 'medium', basis: 'COP decisions on resource mobilization' },
  { id: 'cbd:role:art8j', key: 'cbd_art8j', convention: 'cbd', instrument: null, abbreviation: null, multiple: false, expected: false, confidence: 'medium', basis: 'COP decisions on Art. 8(j)' },
  { id: 'cbd:role:cepa', key: 'cbd_cepa', convention: 'cbd', instrument: null, abbreviation: null, multiple: false, expected: false, confidence: 'low', basis: 'COP decisions on CEPA' },
  { id: 'cbd:role:cpb-nfp', key: 'cbd_cpb_nfp', convention: 'cbd', instrument: 'cbd:cartagena', abbreviation: 'CPB NFP', multiple: false, expected: true, confidence: 'high', basis: 'Cartagena Protocol Art. 19' },
  { id: 'cbd:role:bch', key: 'cbd_bch', convention: 'cbd', instrument: 'cbd:cartagena', abbreviation: 'BCH NFP', multiple: false, expected: true, confidence: 'high', basis: 'decision BS-I/3' },
  { id: 'cbd:role:cpb-cna', key: 'cbd_cpb_cna', convention: 'cbd', instrument: 'cbd:cartagena', abbreviation: 'CNA', multiple: true, expected: true, confidence: 'high', basis: 'Cartagena Protocol Art. 19' },
  { id: 'cbd:role:cpb-art17', key: 'cbd_cpb_art17', convention: 'cbd', instrument: 'cbd:cartagena', abbreviation: 'Art. 17 CP', multiple: false, expected: true, confidence: 'high', basis: 'Cartagena Protocol Art. 17' },
  { id: 'cbd:role:abs-nfp', key: 'cbd_abs_nfp', convention: 'cbd', instrument: 'cbd:nagoya', abbreviation: 'ABS NFP', multiple: false, expected: true, confidence: 'high', basis: 'Nagoya Protocol Art. 13.1' },
  { id: 'cbd:role:abs-cna', key: 'cbd_abs_cna', convention: 'cbd', instrument: 'cbd:nagoya', abbreviation: 'ABS CNA', multiple: true, expected: true, confidence: 'high', basis: 'Nagoya Protocol Art. 13.2' },
  { id: 'cbd:role:abs-checkpoint', key: 'cbd_abs_checkpoint', convention: 'cbd', instrument: 'cbd:nagoya', abbreviation: null, multiple: true, expected: true, confidence: 'high', basis: 'Nagoya Protocol Art. 17' },
  { id: 'cbd:role:absch-pa', key: 'cbd_absch_pa', convention: 'cbd', instrument: 'cbd:nagoya', abbreviation: 'PA', multiple: false, expected: true, confidence: 'high', basis: 'ABSCH modalities of operation' },
  { id: 'cbd:role:nau', key: 'cbd_nau', convention: 'cbd', instrument: null, abbreviation: 'NAU', multiple: true, expected: false, confidence: 'high', basis: 'clearing-house modalities' },
  { id: 'cbd:role:gef-ofp', key: 'cbd_gef_ofp', convention: 'cbd', instrument: null, abbreviation: null, multiple: false, expected: false, confidence: 'medium', basis: 'GEF (financial mechanism), not a CBD designation' },
  { id: 'cites:role:ma', key: 'cites_ma', convention: 'cites', instrument: null, abbreviation: 'MA', multiple: true, expected: true, confidence: 'high', basis: 'CITES Art. IX.1(a); issues permits/certificates; one MA communicates with Secretariat (Art. IX.2)' },
  { id: 'cites:role:sa', key: 'cites_sa', convention: 'cites', instrument: null, abbreviation: 'SA', multiple: true, expected: true, confidence: 'high', basis: 'CITES Art. IX.1(b); non-detriment advice' },
  { id: 'cites:role:enforcement', key: 'cites_enforcement', convention: 'cites', instrument: null, abbreviation: null, multiple: true, expected: false, confidence: 'medium', basis: 'Res. Conf. 11.3 (Compliance and enforcement) and CITES directory' },
  { id: 'cms:role:nfp', key: 'cms_nfp', convention: 'cms', instrument: null, abbreviation: 'NFP', multiple: false, expected: true, confidence: 'high', basis: 'COP resolutions; CMS Family NFP Manual' },
  { id: 'cms:role:scientific-councillor', key: 'cms_scientific_councillor', convention: 'cms', instrument: null, abbreviation: null, multiple: false, expected: true, confidence: 'medium', basis: 'CMS Art. VIII' },
  { id: 'cms:role:scientific-councillor-alternate', key: 'cms_scientific_councillor_alternate', convention: 'cms', instrument: null, abbreviation: null, multiple: false, expected: false, confidence: 'medium', basis: 'CMS Scientific Council rules of procedure: a Party may name an alternate' },
  { id: 'cms:role:instrument-nfp', key: 'cms_instrument_nfp', convention: 'cms', instrument: null, abbreviation: null, multiple: true, expected: false, confidence: 'high', basis: 'texts of each Agreement/MOU' },
  { id: 'cms:role:aewa-technical', key: 'cms_aewa_technical', convention: 'cms', instrument: 'cms:aewa', abbreviation: null, multiple: true, expected: false, confidence: 'low', basis: 'AEWA MOP resolutions' },
  { id: 'cms:role:stc-rep', key: 'cms_stc_rep', convention: 'cms', instrument: null, abbreviation: null, multiple: false, expected: false, confidence: 'medium', basis: 'CMS Rules / COP resolutions' },
  { id: 'ramsar:role:aa', key: 'ramsar_aa', convention: 'ramsar', instrument: null, abbreviation: 'AA', multiple: false, expected: true, confidence: 'high', basis: 'Convention practice; national implementing agency' },
  { id: 'ramsar:role:aa-nfp', key: 'ramsar_aa_nfp', convention: 'ramsar', instrument: null, abbreviation: 'AA NFP', multiple: false, expected: true, confidence: 'high', basis: 'appointed by AA' },
  { id: 'ramsar:role:strp', key: 'ramsar_strp', convention: 'ramsar', instrument: null, abbreviation: 'STRP NFP', multiple: false, expected: true, confidence: 'high', basis: 'Resolutions X.9, XII.5' },
  { id: 'ramsar:role:cepa-gov', key: 'ramsar_cepa_gov', convention: 'ramsar', instrument: null, abbreviation: null, multiple: false, expected: true, confidence: 'high', basis: 'CEPA programme resolutions (VIII.31, X.8)' },
  { id: 'ramsar:role:cepa-ngo', key: 'ramsar_cepa_ngo', convention: 'ramsar', instrument: null, abbreviation: null, multiple: false, expected: true, confidence: 'high', basis: 'CEPA programme resolutions (VIII.31, X.8)' },
  { id: 'whc:role:nfp', key: 'whc_nfp', convention: 'whc', instrument: null, abbreviation: null, multiple: false, expected: true, confidence: 'high', basis: 'Operational Guidelines; periodic reporting' },
  { id: 'whc:role:site-manager', key: 'whc_site_manager', convention: 'whc', instrument: null, abbreviation: null, multiple: true, expected: false, confidence: 'high', basis: 'Operational Guidelines; periodic reporting' },
  { id: 'whc:role:unesco-delegation', key: 'whc_unesco_delegation', convention: 'whc', instrument: null, abbreviation: null, multiple: false, expected: false, confidence: 'medium', basis: 'UNESCO channels for official correspondence' },
  { id: 'itpgrfa:role:nfp', key: 'itpgrfa_nfp', convention: 'itpgrfa', instrument: null, abbreviation: null, multiple: false, expected: true, confidence: 'high', basis: 'Treaty Secretariat correspondence and compliance reporting' },
  { id: 'ippc:role:ocp', key: 'ippc_ocp', convention: 'ippc', instrument: null, abbreviation: 'OCP', multiple: false, expected: true, confidence: 'high', basis: 'IPPC Art. VIII.2' },
  { id: 'ippc:role:nppo', key: 'ippc_nppo', convention: 'ippc', instrument: null, abbreviation: 'NPPO', multiple: false, expected: true, confidence: 'high', basis: 'IPPC Art. IV' },
  { id: 'iwc:role:commissioner', key: 'iwc_commissioner', convention: 'iwc', instrument: null, abbreviation: null, multiple: false, expected: true, confidence: 'high', basis: 'ICRW Art. III' },
  { id: 'iwc:role:alternate', key: 'iwc_alternate', convention: 'iwc', instrument: null, abbreviation: null, multiple: true, expected: false, confidence: 'medium', basis: 'IWC Rules of Procedure' },
  { id: 'iwc:role:sc-delegate', key: 'iwc_sc_delegate', convention: 'iwc', instrument: null, abbreviation: null, multiple: true, expected: false, confidence: 'low', basis: 'IWC Scientific Committee practice' },
];

export function roleType(id: string): RoleType | undefined {
  return roleTypes.find((r) => r.id === id);
}
