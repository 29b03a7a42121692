import type { Sourced } from './types.ts';

// What a newly designated focal point does first: the onboarding checklist of a designation. A
// common set for every role, and items for the main roles drawn from the reference facts
// (../shared/reference/reference-facts.json: focal_point_roles, reporting_obligations, sources) and
// from seed 004 (the CMS Capacity-building Strategy 2015–2017, which names the CMS Family Manual
// and the NFP e-community). Keys are stable: a tick is stored under its designation and key, and
// synced; an item is never renamed or reused. Words: onboarding:items.<key>.

export interface OnboardingItem {
  /** "common.confirm_designation", "cites_ma.permits": a group and a name, lower case */
  key: string;
  /** where a role's item comes from, and how sure we are of it; common items are the desk's practice */
  source: Sourced | null;
}

const common = (name: string): OnboardingItem => ({ key: `common.${name}`, source: null });

/** For every role, in the order a newcomer does them. */
export const commonItems: readonly OnboardingItem[] = [
  common('confirm_designation'),
  common('contact_details'),
  common('online_access'),
  common('read_handover'),
  common('note_deadlines'),
  common('meet_working_group'),
  common('review_actions'),
];

const SEED_004 = 'seed 004: CMS Capacity-building Strategy 2015–2017';

/** Items of the main roles, by role id (shared/reference/roles.ts). */
export const roleItems: Readonly<Record<string, readonly OnboardingItem[]>> = {
  'cbd:role:nfp': [
    { key: 'cbd_nfp.liaison', source: { confidence: 'high', basis: 'reference facts, CBD primary NFP: COP practice; liaison with the Secretariat' } },
    { key: 'cbd_nfp.ort_publishing', source: { confidence: 'medium', basis: 'reference facts, CBD primary NFP: typically the publishing authority in the CBD Online Reporting Tool' } },
    { key: 'cbd_nfp.national_report', source: { confidence: 'high', basis: 'reference facts, reporting obligations: CBD Art. 26; decision 15/6 (7th and 8th national reports)' } },
    { key: 'cbd_nfp.nbsap', source: { confidence: 'medium', basis: 'reference facts, reporting obligations: NBSAP updated in line with the KMGBF, requested by COP16' } },
  ],
  'cbd:role:cpb-nfp': [
    { key: 'cbd_cpb_nfp.bch', source: { confidence: 'high', basis: 'reference facts: Cartagena Protocol Art. 19; BCH national focal point, decision BS-I/3' } },
    { key: 'cbd_cpb_nfp.national_report', source: { confidence: 'high', basis: 'reference facts, reporting obligations: Cartagena Protocol Art. 33; decision CP-10/9' } },
    { key: 'cbd_cpb_nfp.cna', source: { confidence: 'high', basis: 'reference facts: Cartagena Protocol Art. 17 and 19' } },
  ],
  'cbd:role:abs-nfp': [
    { key: 'cbd_abs_nfp.absch', source: { confidence: 'high', basis: 'reference facts: Nagoya Protocol Art. 13.1; ABS Clearing-House modalities of operation' } },
    { key: 'cbd_abs_nfp.national_report', source: { confidence: 'medium', basis: 'reference facts, reporting obligations: Nagoya Protocol Art. 29; decision NP-4/3' } },
    { key: 'cbd_abs_nfp.cna_checkpoints', source: { confidence: 'high', basis: 'reference facts: Nagoya Protocol Art. 13.2 and 17' } },
  ],
  'cites:role:ma': [
    { key: 'cites_ma.permits', source: { confidence: 'high', basis: 'reference facts: CITES Art. IX.1(a); issues permits and certificates' } },
    { key: 'cites_ma.secretariat', source: { confidence: 'high', basis: 'reference facts: CITES Art. IX.2; one Management Authority communicates with the Secretariat' } },
    { key: 'cites_ma.annual_reports', source: { confidence: 'high', basis: 'reference facts, reporting obligations: Res. Conf. 11.17 (31 October of the year after the year covered)' } },
    { key: 'cites_ma.implementation_report', source: { confidence: 'medium', basis: 'reference facts, reporting obligations: implementation report, one year before each CoP' } },
  ],
  'cites:role:sa': [
    { key: 'cites_sa.ndf', source: { confidence: 'high', basis: 'reference facts: CITES Art. IX.1(b); non-detriment advice' } },
    { key: 'cites_sa.advice_channel', source: { confidence: 'medium', basis: 'reference facts: CITES Art. IX.1(a) and (b)' } },
  ],
  'cms:role:nfp': [
    { key: 'cms_nfp.family_manual', source: { confidence: 'high', basis: `${SEED_004}, paras 7 and 14; reference facts: CMS Family NFP Manual` } },
    { key: 'cms_nfp.e_community', source: { confidence: 'medium', basis: `${SEED_004}, paras 15–17` } },
    { key: 'cms_nfp.national_report', source: { confidence: 'high', basis: 'reference facts, reporting obligations: Resolution 12.5 (six months before each COP)' } },
    { key: 'cms_nfp.nbsap_liaison', source: { confidence: 'high', basis: `${SEED_004}, paras 12–13 (Resolution 10.18)` } },
    { key: 'cms_nfp.pre_cop_workshops', source: { confidence: 'medium', basis: `${SEED_004}, para 22` } },
    { key: 'cms_nfp.instruments', source: { confidence: 'high', basis: 'reference facts: focal points for CMS Family instruments, texts of each Agreement or MOU' } },
  ],
  'ramsar:role:aa': [
    { key: 'ramsar_aa.appoint_nfp', source: { confidence: 'high', basis: 'reference facts: the Administrative Authority appoints its national focal point' } },
    { key: 'ramsar_aa.national_report', source: { confidence: 'high', basis: 'reference facts, reporting obligations: deadline set by Secretariat notification, about nine months before the COP' } },
    { key: 'ramsar_aa.art32', source: { confidence: 'medium', basis: 'reference facts, reporting obligations: Art. 3.2' } },
  ],
  'ramsar:role:aa-nfp': [
    { key: 'ramsar_aa_nfp.induction', source: { confidence: 'medium', basis: 'reference facts, sources: ramsar.org, induction for focal points' } },
    { key: 'ramsar_aa_nfp.ris', source: { confidence: 'high', basis: 'reference facts, reporting obligations: each Ramsar Site’s RIS updated at least every six years' } },
    { key: 'ramsar_aa_nfp.strp_cepa', source: { confidence: 'high', basis: 'reference facts: Resolutions X.9, XII.5 (STRP); VIII.31, X.8 (CEPA)' } },
  ],
};

/** A designation's checklist: the common items, then its role's. */
export function checklistFor(roleId: string | null): readonly OnboardingItem[] {
  return [...commonItems, ...((roleId && roleItems[roleId]) || [])];
}

export function isChecklistItem(roleId: string | null, key: string): boolean {
  return checklistFor(roleId).some((i) => i.key === key);
}

/** Every key there is (the locale files hold the words of each). */
export const allItemKeys: readonly string[] = [...commonItems, ...Object.values(roleItems).flat()].map((i) => i.key);
