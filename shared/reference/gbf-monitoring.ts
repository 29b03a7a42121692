import type { Confidence } from './types.ts';

// The monitoring framework of the Kunming-Montreal Global Biodiversity Framework (decision 15/5 as updated by
// decision 16/31): headline, binary (x.b), component (x.CT.n) and complementary (x.CY.n) indicators, as the CBD
// Online Reporting Tool (ORT) lists them, with the ORT identifier of each and the questions of each binary indicator.
// An indicator sits under the goal or target it is numbered under ("A.CT.1" → goal A, "13.b" → target 13).
// Headline indicators keep the ids of ./frameworks/gbf.ts; all others are 'gbf:IND:<code>'. Ids are stable.
// Titles are the ORT's English titles without the leading code; question titles are the ORT's English texts.

export type MonitoringKind = 'headline' | 'binary' | 'component' | 'complementary';

export const BINARY_ANSWERS = ['no', 'underDevelopment', 'partially', 'fully', 'notApplicable', 'yes'] as const;
export type BinaryAnswer = (typeof BINARY_ANSWERS)[number];

export interface BinaryQuestion {
  /** '1.1(a)' style: sub-questions joined to their header */
  number: string;
  /** English question text (a sub-question's text follows its header's); null where it was not found */
  title: string | null;
  /** the answer scale of a single-answer question; empty for a checklist or free-text question */
  options: readonly BinaryAnswer[];
  /** "select all that apply" questions: the ORT values of the items to tick (e.g. 'terrestrialSpecies') */
  choices?: readonly string[];
  /** not mandatory in the ORT form */
  optional?: true;
}

export interface MonitoringIndicator {
  /** desk id, stable: 'gbf:HI:<code>' for headline indicators ('gbf:HI:2.2' for the one coded 2.1), else 'gbf:IND:<code>' */
  id: string;
  /** as the framework writes it: '3.1', '2.1', '1.b', 'A.CT.1', 'A.CY.12' */
  code: string;
  kind: MonitoringKind;
  /** the goal or target it is numbered under: 'gbf:A'..'gbf:D' or 'gbf:T1'..'gbf:T23' */
  parent: string;
  /** the ORT identifier */
  ortId: string;
  /** English title without the leading code */
  title: string;
  /** binary indicators only */
  questions?: readonly BinaryQuestion[];
  confidence: Confidence;
  /** developer-facing English note on what is uncertain or was corrected */
  note?: string;
}

export const GBF_MONITORING_SOURCE =
  'Indicator list: CBD Online Reporting Tool (github.com/scbd/online-reporting-tool) app-data/indicators.ts at commit ' +
  '3241fd3c311301cc41e787634935a96ec1dbd9c0, which follows the monitoring framework of decision 15/5 as updated by ' +
  'decision 16/31; binary indicator questions: app-data/binary-indicator-questions.ts at commit ' +
  '009f6cdfa581da135c55d331a4b2fe9c8ee72d84, English texts i18n/en/app-data/binary-indicator-questions.json at commit ' +
  '1503492f9ecafcdadbf6f373eba8a13aa746fabb. Read on 2026-12-01.';

const SCALE = ['no', 'underDevelopment', 'partially', 'fully'] as const;
const SCALE_NA = ['no', 'underDevelopment', 'partially', 'fully', 'notApplicable'] as const;
const YES_NO = ['no', 'yes'] as const;
const YES_NO_NA = ['no', 'yes', 'notApplicable'] as const;

const GROUPS = ['indigenousPeoplesLocalCommunities', 'womenGirls', 'childrenYouth', 'personWithDisabilities', 'other'];
const IPLC_RIGHTS = ['cultureAndPractices', 'rightsOverLandsAndTerritories', 'rightsOverResources', 'rightsOverTraditionalKnowledge', 'notApplicable'];

/** a single-answer question */
const q = (number: string, title: string, options: readonly BinaryAnswer[] = SCALE): BinaryQuestion => ({ number, title, options });
/** a "select all that apply" question */
const tick = (number: string, title: string, choices: readonly string[]): BinaryQuestion => ({ number, title, options: [], choices });
/** sub-questions of a header question: numbered '1.1(a)', their text following the header's */
const sub = (number: string, header: string, questions: readonly BinaryQuestion[]): BinaryQuestion[] =>
  questions.map((x) => ({ ...x, number: `${number}${x.number}`, title: `${header} ${x.title!.charAt(0).toLowerCase()}${x.title!.slice(1)}` }));

export function monitoringKindOf(code: string): MonitoringKind {
  if (/\.b$/.test(code)) return 'binary';
  if (/\.CT\.\d+$/.test(code)) return 'component';
  if (/\.CY\.\d+$/.test(code)) return 'complementary';
  return 'headline';
}

type Extra = Partial<Pick<MonitoringIndicator, 'questions' | 'confidence' | 'note'>>;

const ind = (code: string, ortId: string, title: string, extra: Extra = {}): MonitoringIndicator => {
  const kind = monitoringKindOf(code);
  const head = code.split('.')[0];
  const parent = /^[A-D]$/.test(head) ? `gbf:${head}` : `gbf:T${head}`;
  // decision 16/31 numbers "Area under restoration" 2.1; its desk id keeps the old number (see ./frameworks/gbf.ts)
  const id = kind !== 'headline' ? `gbf:IND:${code}` : code === '2.1' ? 'gbf:HI:2.2' : `gbf:HI:${code}`;
  return { id, code, kind, parent, ortId, title, confidence: 'high', ...extra };
};

const SHARED_ORT_ID = 'The ORT list gives 8.CY.2 and 8.CY.3 the same identifier (GBF-INDICATOR-219); one of the two is probably wrong.';

const list: MonitoringIndicator[] = [
  // Goal A
  ind('A.1', 'GBF-INDICATOR-A.1', 'Red List of Ecosystems'),
  ind('A.2', 'GBF-INDICATOR-A.2', 'Extent of natural ecosystems'),
  ind('A.3', 'GBF-INDICATOR-A.3', 'Red List Index'),
  ind('A.4', 'GBF-INDICATOR-A.4', 'Proportion of populations within species with an effective population size greater than 500'),
  ind('A.CT.1', 'GBF-INDICATOR-143', 'Ecosystem Intactness Index'),
  ind('A.CT.2', 'GBF-INDICATOR-144', 'Ecosystem Integrity Index'),
  ind('A.CT.3', 'GBF-INDICATOR-326', 'Species Habitat Index'),
  ind('A.CT.4', 'GBF-INDICATOR-115', 'Biodiversity Habitat Index'),
  ind('A.CT.5', 'GBF-INDICATOR-A.CT.5', 'Biodiversity Intactness Index'),
  ind('A.CT.6', 'GBF-INDICATOR-A.CT.6', 'Protected Connected Index'),
  ind('A.CT.7', 'GBF-INDICATOR-A.CT.7', 'Protected Area Representativeness and Connectedness Indices'),
  ind('A.CT.8', 'GBF-INDICATOR-A.CT.8', 'Number of extinctions averted'),
  ind('A.CT.9', 'GBF-INDICATOR-A.CT.9', 'Evolutionarily Distinct and Globally Endangered Index'),
  ind('A.CT.10', 'GBF-INDICATOR-205', 'Living Planet Index'),
  ind('A.CT.11', 'GBF-INDICATOR-364', 'Wild Bird Index'),
  ind('A.CY.1', 'GBF-INDICATOR-160', 'Forest area as a proportion of total land area'),
  ind('A.CY.2', 'GBF-INDICATOR-344', 'Rate of tree cover loss'),
  ind('A.CY.3', 'GBF-INDICATOR-216', 'Mountain Green Cover Index'),
  ind('A.CY.4', 'GBF-INDICATOR-135', 'Continuous global mangrove forest cover'),
  ind('A.CY.5', 'GBF-INDICATOR-349', 'Mangrove forest fragmentation'),
  ind('A.CY.6', 'GBF-INDICATOR-348', 'Mangrove extent'),
  ind('A.CY.7', 'GBF-INDICATOR-171', 'Global salt marsh extent'),
  ind('A.CY.8', 'GBF-INDICATOR-363', 'Wetland Extent Trends Index'),
  ind('A.CY.9', 'GBF-INDICATOR-162', 'Forest Fragmentation Index'),
  ind('A.CY.10', 'GBF-INDICATOR-163', 'Forest Landscape Integrity Index'),
  ind('A.CY.11', 'GBF-INDICATOR-173', 'Global Vegetation Health Products'),
  ind('A.CY.12', 'GBF-INDICATOR-323', 'Relative magnitude of fragmentation'),
  ind('A.CY.13', 'GBF-INDICATOR-265', 'Ocean Health Index'),
  ind('A.CY.14', 'GBF-INDICATOR-149', 'Extent of physical damage to predominant seafloor habitats'),
  ind('A.CY.15', 'GBF-INDICATOR-324', 'River Fragmentation Index'),
  ind('A.CY.16', 'GBF-INDICATOR-213', 'Mean species abundance'),
  ind('A.CY.17', 'GBF-INDICATOR-126', 'Changes in plankton biomass and abundance'),
  ind('A.CY.18', 'GBF-INDICATOR-132', 'Comprehensiveness of conservation of socioeconomically and culturally valuable species'),
  ind('A.CY.19', 'GBF-INDICATOR-320', 'Red List Index (wild relatives of domesticated animals)'),
  ind('A.CY.20', 'GBF-INDICATOR-330', 'Species Status Information Index'),
  ind('A.CY.21', 'GBF-INDICATOR-147', 'Expected loss of phylogenetic diversity'),

  // Goal B
  ind('B.1', 'GBF-INDICATOR-B1', 'Services provided by ecosystems'),
  ind(
    'B.b',
    'KMGBF-INDICATOR-BIN-B',
    'Number of countries with policies or actions for implementing and monitoring the sustainable use of biodiversity and the maintenance and enhancement of nature’s contributions to people, including ecosystem functions and services',
    {
      questions: [
        q('B.1', "Does your country have policies and/or action plans aimed at ensuring the maintenance, enhancement and restoration of nature's contributions to people, including of ecosystem functions and services?"),
        q('B.2', 'Does your country have policies and/or action plans aimed at ensuring the sustainable use of biodiversity?'),
        q('B.3', 'Does your country monitor the sustainable use of biodiversity?'),
        q('B.4', "Does your country monitor the maintenance, restoration and enhancement of nature's contributions to people, including ecosystem functions and services for the benefit of present and future generations?"),
      ],
    },
  ),
  ind('B.CT.1', 'GBF-INDICATOR-B.CT.1', 'Red List Index for utilized species'),
  ind('B.CT.2', 'GBF-INDICATOR-B.CT.2', 'Living Planet Index for utilized species'),
  ind('B.CT.3', 'GBF-INDICATOR-B.CT.3', 'Total value of ecosystems services in monetary units'),
  ind('B.CY.1', 'GBF-INDICATOR-B.CY.1', 'Red List Index (pollinating species)'),
  ind('B.CY.2', 'GBF-INDICATOR-164', 'Forestry production and trade (wood fuel)'),
  ind('B.CY.3', 'GBF-INDICATOR-358', 'United Nations Educational, Scientific and Cultural Organization culture|2030 indicators'),

  // Goal C (its binary indicator is 13.b, see target 13)
  ind('C.1', 'GBF-INDICATOR-C.1', 'Monetary benefits received in accordance with applicable internationally agreed access and benefit-sharing instruments'),
  ind('C.2', 'GBF-INDICATOR-C.2', 'Non-monetary benefits arising from applicable international access and benefit-sharing instruments'),
  ind('C.CY.1', 'GBF-INDICATOR-263', 'Number of users that have provided information relevant to the utilization of genetic resources to designated checkpoints'),
  ind('C.CY.2', 'GBF-INDICATOR-223', 'Number of checkpoint communiqués published on the Access and Benefit-sharing Clearing-House'),
  ind('C.CY.3', 'GBF-INDICATOR-251', 'Total number of internationally recognized certificates of compliance for non-commercial purposes in the Access and Benefit-sharing Clearing-House'),

  // Goal D
  ind('D.1', 'GBF-INDICATOR-D.1', 'International public funding, including official development assistance for conservation and sustainable use of biodiversity and ecosystems'),
  ind('D.2', 'GBF-INDICATOR-D.2', 'Domestic public funding on conservation and sustainable use of biodiversity and ecosystems'),
  ind('D.3', 'GBF-INDICATOR-D.3', 'Private funding (domestic and international) on conservation and sustainable use of biodiversity and ecosystems'),
  ind('D.CY.1', 'GBF-INDICATOR-D.CY.1', 'Number of researchers per population'),
  ind('D.CY.2', 'GBF-INDICATOR-196', 'Number of joint scientific papers published in the Ocean Biodiversity Information System by sector'),
  ind('D.CY.3', 'GBF-INDICATOR-301', 'Proportion of total research budget allocated to research in the field of marine technology'),
  ind('D.CY.4', 'GBF-INDICATOR-361', 'Volume of official development assistance flows for scholarships by sector and type of study'),
  ind('D.CY.5', 'GBF-INDICATOR-170', 'Global imports of information and communications technology goods by category'),
  ind('D.CY.6', 'GBF-INDICATOR-D.CY.6', 'International funding targeted at indigenous peoples and local communities within biodiversity-related activities'),
  ind('D.CY.7', 'GBF-INDICATOR-D.CY.7', 'International funding targeted at youth within biodiversity-related activities'),
  ind('D.CY.8', 'GBF-INDICATOR-D.CY.8', 'International funding targeted at gender equality and women’s rights policy objectives within biodiversity-related activities'),
  ind('D.CY.9', 'GBF-INDICATOR-D.CY.9', 'Monetary value of the annual budget for biodiversity from total national budget'),
  ind('D.CY.10', 'GBF-INDICATOR-D.CY.10', 'Percentage of annual biodiversity expenditure in total national government budgets'),
  ind('D.CY.11', 'GBF-INDICATOR-D.CY.11', 'Domestic funding targeted at indigenous peoples and local communities within biodiversity-related activities'),
  ind('D.CY.12', 'GBF-INDICATOR-D.CY.12', 'Domestic funding targeted at youth within biodiversity-related activities'),
  ind('D.CY.13', 'GBF-INDICATOR-D.CY.13', 'Domestic funding targeted at gender equality and women’s rights policy objectives within biodiversity-related activities'),
  ind('D.CY.14', 'GBF-INDICATOR-D.CY.14', 'Private funding targeted at indigenous peoples and local communities within biodiversity-related activities'),
  ind('D.CY.15', 'GBF-INDICATOR-D.CY.15', 'Private funding targeted at youth within biodiversity-related activities'),
  ind('D.CY.16', 'GBF-INDICATOR-D.CY.16', 'Private funding targeted at gender equality and women’s rights policy objectives within biodiversity-related activities'),
  ind('D.CY.17', 'GBF-INDICATOR-D.CY.17', 'Private funding mobilized for indigenous peoples and local communities, women and youth'),

  // Target 1
  ind('1.1', 'GBF-INDICATOR-1.1', 'Percentage of land and sea area covered by biodiversity-inclusive spatial plans'),
  ind(
    '1.b',
    'KMGBF-INDICATOR-BIN-1',
    'Number of countries using participatory, integrated and biodiversity-inclusive spatial planning and/or effective management processes addressing land- and sea-use change to bring the loss of areas of high biodiversity importance close to zero by 2030',
    {
      questions: [
        ...sub('1.1', 'Are all areas of your country under biodiversity-inclusive spatial planning or effective management processes that:', [
          q('(a)', 'Address land-use (terrestrial) change?'),
          q('(b)', 'Address land-use (inland water) change?'),
          q('(c)', 'Address sea-use (coastal and marine) change? (Will be considered not applicable to landlocked States)'),
        ]),
        tick(
          '1.2',
          'If the answer to any of the questions in 1.1 is not “No”, were the plans created using a participatory process? (Select all that apply, noting that, if your country is a landlocked State, marine spatial planning will be considered as not relevant)',
          ['forTerrestrialPlanning', 'forInlandWaterPlanning', 'forCostalMarinePlanning', 'none'],
        ),
      ],
    },
  ),
  ind('1.CY.1', 'GBF-INDICATOR-302', 'Proportion of transboundary basin area with an operational arrangement for water cooperation'),

  // Target 2
  ind('2.1', 'GBF-INDICATOR-2.2', 'Area under restoration', { note: 'Numbered 2.2 in decision 15/5, 2.1 since decision 16/31; the ORT identifier and the desk id keep the old number.' }),
  ind('2.CT.1', 'GBF-INDICATOR-290', 'Proportion of land that is degraded over total land area'),
  ind('2.CY.1', 'GBF-INDICATOR-168', 'Global Ecosystem Restoration Index'),
  ind('2.CY.2', 'GBF-INDICATOR-2.CY.2', 'Proportion of key biodiversity areas in favourable condition'),

  // Target 3
  ind('3.1', 'GBF-INDICATOR-3.1', 'Coverage of protected areas and other effective area-based conservation measures'),
  ind('3.CT.1', 'GBF-INDICATOR-304', 'Protected Area Connectedness Index'),
  ind('3.CT.2', 'GBF-INDICATOR-327', 'Species Protection Index'),
  ind('3.CY.1', 'GBF-INDICATOR-3.CY.1', 'Rate of protected area downgrading, downsizing and degazettement events'),
  ind('3.CY.2', 'GBF-INDICATOR-3.CY.2', 'International Union for Conservation of Nature Green List of Protected and Conserved Areas Standard'),
  ind('3.CY.3', 'GBF-INDICATOR-3.CY.3', 'Protected Area Isolation Index'),
  ind('3.CY.4', 'GBF-INDICATOR-3.CY.4', 'Protected Areas Network metric'),
  ind('3.CY.5', 'GBF-INDICATOR-260', 'Number of protected areas that have completed a site-level assessment of governance and equity'),

  // Target 4 (headline indicators A.3 and A.4 are numbered under goal A)
  ind('4.CT.1', 'GBF-INDICATOR-259', 'Number of (a) plant and (b) animal genetic resources for food and agriculture secured in either medium- or long-term conservation facilities'),
  ind('4.CT.2', 'GBF-INDICATOR-176', 'Green Status of Species'),
  ind('4.CT.3', 'GBF-INDICATOR-4.CT.3', 'Human-wildlife conflict indicator'),
  ind('4.CT.4', 'GBF-INDICATOR-4.CT.4', 'Proportion of local breeds classified as being at risk of extinction'),
  ind('4.CY.1', 'GBF-INDICATOR-332', 'Species Threat Abatement and Restoration metric'),
  ind('4.CY.2', 'GBF-INDICATOR-4.CY.2', 'Number of island invasive alien species eradications'),

  // Target 5
  ind('5.1', 'GBF-INDICATOR-5.1', 'Proportion of fish stocks within biologically sustainable levels'),
  ind('5.b', 'KMGBF-INDICATOR-BIN-5', 'Number of countries with legal instruments or other policy frameworks for regulating trade in wild species', {
    questions: [
      tick('5.1', 'Does your country have legal instruments or other policy frameworks to regulate trade in wild species? (Select all that apply)', [
        'terrestrialSpecies',
        'freshwaterSpecies',
        'marineSpecies',
        'internationalTrade',
        'none',
      ]),
    ],
  }),
  ind('5.CT.1', 'GBF-INDICATOR-5.CT.1', 'Red List Index (impacts of utilization) for utilized species'),
  ind('5.CT.2', 'GBF-INDICATOR-138', 'Degree of implementation of international instruments aiming to combat illegal, unreported and unregulated fishing'),
  ind('5.CY.1', 'GBF-INDICATOR-5.CY.1', 'Inland fisheries threat indicator'),
  ind('5.CY.2', 'GBF-INDICATOR-5.CY.2', 'Red List Index (for internationally traded species)'),
  ind('5.CY.3', 'GBF-INDICATOR-5.CY.3', 'Red List Index (impacts of fisheries)'),
  ind('5.CY.4', 'GBF-INDICATOR-210', 'Marine Stewardship Council Fish Certified Catch'),
  ind('5.CY.5', 'GBF-INDICATOR-5.CY.5', 'Total catch of cetaceans under the International Convention for the Regulation of Whaling'),
  ind('5.CY.6', 'GBF-INDICATOR-119', 'By-catch of vulnerable and non-target species'),
  ind('5.CY.7', 'GBF-INDICATOR-256', 'Number of Marine Stewardship Council chain of custody certification holders by distribution country'),
  ind('5.CY.8', 'GBF-INDICATOR-5.CY.8', 'Biodiversity-based trade, growth rates'),

  // Target 6
  ind('6.1', 'GBF-INDICATOR-6.1', 'Rate of invasive alien species establishment'),
  ind('6.b', 'KMGBF-INDICATOR-BIN-6', 'Number of countries adopting relevant regulations, processes and measures to reduce the impact of invasive alien species', {
    questions: [
      q('6.1', 'Does your country have regulations and processes empowering relevant institutions to implement the measures necessary for a reduction in the introduction and impact of invasive alien species?'),
      q('6.2', 'Does your country have measures in place for preventing the introduction and establishment of invasive alien species?'),
      q('6.3', 'Does your country have measures in place for eradicating or controlling invasive alien species?'),
    ],
  }),
  ind('6.CY.1', 'GBF-INDICATOR-317', 'Red List Index (impacts of invasive alien species)'),

  // Target 7
  ind('7.1', 'GBF-INDICATOR-7.1', 'Index of coastal eutrophication'),
  ind('7.2', 'GBF-INDICATOR-7.2', 'Pesticide environment concentration and/or aggregated total applied toxicity'),
  ind('7.CT.1', 'GBF-INDICATOR-7.CT.1', 'Cropland nutrient budget'),
  ind('7.CT.2', 'GBF-INDICATOR-287', 'Proportion of domestic and industrial wastewater flows safely treated'),
  ind('7.CT.3', 'GBF-INDICATOR-280', 'Plastic debris density'),
  ind('7.CT.4', 'GBF-INDICATOR-316', 'Red List Index (impact of pollution)'),
  ind('7.CY.1', 'GBF-INDICATOR-347', 'Trends in loss of reactive nitrogen to the environment'),
  ind('7.CY.2', 'GBF-INDICATOR-350', 'Trends in nitrogen deposition'),
  ind('7.CY.3', 'GBF-INDICATOR-217', 'Proportion of municipal solid waste collected and managed in controlled facilities out of total municipal waste generated, by cities'),
  ind('7.CY.4', 'GBF-INDICATOR-183', 'Hazardous waste generation per capita'),
  ind('7.CY.5', 'GBF-INDICATOR-353', 'Trends in the amount of litter, including microplastics, in the water column and on the seafloor'),
  ind('7.CY.6', 'GBF-INDICATOR-279', 'Pesticide use per area of cropland'),

  // Target 8 (binary indicator only)
  ind(
    '8.b',
    'KMGBF-INDICATOR-BIN-8',
    'Number of countries with policies to minimize the impact of climate change and ocean acidification on biodiversity and to minimize negative and foster positive impacts of climate action on biodiversity',
    {
      questions: [
        tick('8.1', 'Does your country’s national biodiversity strategy and action plan include actions to prevent or minimize the impacts of the following (select all that apply):', [
          'climateChange',
          'oceanAcidification',
          'none',
        ]),
        q('8.2', 'Do your country’s climate change policies address the impacts of climate change on biodiversity?'),
        q('8.3', 'Do your country’s other policies address the impacts of climate change on biodiversity?'),
        q('8.4', 'Do your country’s other policies address the impacts of ocean acidification on biodiversity?'),
        q('8.5', 'Are the impacts of climate change on biodiversity monitored and reported on?'),
        q('8.6', 'Are the impact of ocean acidification on biodiversity monitored and reported on?'),
        tick(
          '8.7',
          'Do your country’s policies or action plans on the impact of climate change and ocean acidification contain the following types of actions designed to increase biodiversity resilience or reduce impacts (select all that apply):',
          ['mitigation', 'adaptation', 'disasterRiskReduction', 'natureBasedSolutions', 'policiesToMinimize', 'other'],
        ),
        q('8.8', 'Are measures included in your country’s policies or actions plans to minimize the negative impacts of climate actions on biodiversity?'),
        q('8.9', 'Are measures included in your country’s policies or actions plans to foster positive impacts of climate actions on biodiversity?'),
      ],
    },
  ),
  ind('8.CT.1', 'GBF-INDICATOR-229', 'Number of countries that adopt and implement national disaster risk reduction strategies in line with the Sendai Framework for Disaster Risk Reduction 2015–2030'),
  ind('8.CT.2', 'GBF-INDICATOR-114', 'Bioclimatic Ecosystem Resilience Index'),
  ind('8.CY.1', 'GBF-INDICATOR-101', 'Above-ground biomass stock in forest (tons/ha)'),
  ind('8.CY.2', 'GBF-INDICATOR-219', 'National greenhouse gas inventories from land use, land-use change and forestry', { confidence: 'medium', note: SHARED_ORT_ID }),
  ind(
    '8.CY.3',
    'GBF-INDICATOR-219',
    'Proportion of local governments that adopt and implement local disaster risk reduction strategies in line with national disaster risk reduction strategies',
    { confidence: 'medium', note: SHARED_ORT_ID },
  ),
  ind('8.CY.4', 'GBF-INDICATOR-8.CY.4', 'Average marine acidity (pH) measured at agreed suite of representative sampling stations'),

  // Target 9
  ind('9.1', 'GBF-INDICATOR-9.1', 'Benefits from the sustainable use of wild species'),
  ind('9.2', 'GBF-INDICATOR-9.2', 'Percentage of the population in traditional occupations'),
  ind(
    '9.b',
    'KMGBF-INDICATOR-BIN-9',
    'Number of countries with policies to manage the use of wild species sustainably, providing social, economic and environmental benefits for people, and to protect and encourage customary sustainable use by indigenous peoples and local communities',
    {
      note: 'The ORT title reads "Number or countries"; the typo is corrected here.',
      questions: [
        q('9.1', 'Does your country have legal instruments or other policy frameworks or administrative measures for the sustainable management and use of wild species?'),
        q('9.2', 'Does your country monitor the sustainable management and use of wild species?'),
        q(
          '9.3',
          'Does your country monitor the social, economic and environmental benefits derived from the use of wild species for people, in particular those in vulnerable situations and most dependent on biodiversity? (Select all that apply)',
        ),
        tick('9.3.1', 'If the answer is “fully” or “partially”, disaggregate by all relevant groups of people, as determined at the national level:', [
          'womenGirls',
          'childrenYouth',
          'personWithDisabilities',
          'indigenousPeoplesLocalCommunities',
        ]),
        q(
          '9.4',
          'Does your country have legal instruments or other policy frameworks to protect and encourage the customary sustainable use of biodiversity by indigenous peoples and local communities, for example, the plan of action on customary sustainable use of biological diversity or other relevant initiatives?',
        ),
      ],
    },
  ),
  ind('9.CT.1', 'GBF-INDICATOR-319', 'Red List Index (species used for food and medicine)'),
  ind('9.CY.1', 'GBF-INDICATOR-325', 'Spawning stock biomass (related to commercially exploited species)'),
  ind('9.CY.2', 'GBF-INDICATOR-362', 'Volume of production per labour unit by classes of farming/pastoral/forestry enterprise size'),
  ind('9.CY.3', 'GBF-INDICATOR-9.CY.3', 'Red List Index (impact of utilization)'),

  // Target 10
  ind('10.1', 'GBF-INDICATOR-10.1', 'Proportion of agricultural area under productive and sustainable agriculture'),
  ind('10.2', 'GBF-INDICATOR-10.2', 'Progress towards sustainable forest management'),
  ind('10.CT.1', 'GBF-INDICATOR-113', 'Average income of small-scale food producers, by sex and indigenous status'),
  ind('10.CY.1', 'GBF-INDICATOR-102', 'Agrobiodiversity Index'),
  ind('10.CY.2', 'GBF-INDICATOR-127', 'Soil organic carbon stocks'),
  ind('10.CY.3', 'GBF-INDICATOR-10.CY.3', 'Red List Index (forest specialist species)'),
  ind(
    '10.CY.4',
    'GBF-INDICATOR-112',
    'Area of forest under sustainable management: total forest management certification by the Forest Stewardship Council and the Programme for the Endorsement of Forest Certification',
  ),

  // Target 11 (headline indicator B.1 is numbered under goal B)
  ind('11.CT.1', 'GBF-INDICATOR-110', 'Annual mean levels of fine particulate matter (e.g. PM2.5 and PM10) in cities'),
  ind('11.CT.2', 'GBF-INDICATOR-285', 'Proportion of bodies of water with good ambient water quality'),
  ind('11.CT.3', 'GBF-INDICATOR-200', 'Level of water stress: freshwater withdrawal as a proportion of available freshwater resources'),
  ind('11.CY.1', 'GBF-INDICATOR-103', 'Air emission accounts'),
  ind(
    '11.CY.2',
    'GBF-INDICATOR-292',
    'Proportion of local administrative units with established and operational policies and procedures for participation of local communities in water and sanitation management',
  ),
  ind('11.CY.3', 'GBF-INDICATOR-295', 'Proportion of population using safely managed drinking water services'),
  ind(
    '11.CY.4',
    'GBF-INDICATOR-215',
    'Mortality rate attributed to unsafe water, unsafe sanitation and lack of hygiene (exposure to unsafe Water, Sanitation and Hygiene for All (WASH) services)',
  ),
  ind('11.CY.5', 'GBF-INDICATOR-249', 'Number of deaths, missing persons and directly affected persons attributed to disasters per 100,000 population'),

  // Target 12
  ind('12.1', 'GBF-INDICATOR-12.1', 'Average share of the built-up area of cities that is green or blue space for public use for all'),
  ind('12.b', 'KMGBF-INDICATOR-BIN-12', 'Number of countries with biodiversity-inclusive urban planning referring to green or blue urban spaces', {
    questions: [
      q(
        '12.1',
        'Does your country have urban areas under biodiversity-inclusive urban planning that incorporates the management of green or blue spaces for the conservation and sustainable use of biodiversity?',
      ),
      q(
        '12.2',
        'Does your country have urban areas under biodiversity-inclusive urban planning incorporating the management of green or blue spaces for ecosystem services and nature’s contributions to people?',
      ),
    ],
  }),
  ind('12.CT.1', 'GBF-INDICATOR-12.CT.1', 'Singapore Index on Cities’ Biodiversity'),

  // Target 13 (headline indicators C.1 and C.2 are numbered under goal C)
  ind(
    '13.b',
    'KMGBF-INDICATOR-BIN-C-13',
    'Number of countries that have taken effective legal, policy, administrative and capacity-building measures at all levels, as appropriate, to ensure the fair and equitable sharing of benefits from the utilization of genetic resources and from digital sequence information on genetic resources, as well as traditional knowledge associated with genetic resources',
    {
      note: 'The ORT also asks this indicator, with the same identifier and questions, under goal C.',
      questions: [
        q(
          '13.1',
          'Does your country have effective legal, administrative and policy measures to ensure the fair and equitable sharing of benefits that arise from the utilization of genetic resources?',
          SCALE_NA,
        ),
        q('13.2', 'Does your country have capacity-building measures to ensure the fair and equitable sharing of benefits that arise from the utilization of genetic resources?', SCALE_NA),
        q('13.3', 'Has your country taken administrative, policy or legislative measures pursuant to the operationalization of the multilateral mechanism in decision 16/2?'),
        q('13.4', 'Do the measures mentioned in questions 13.1 and 13.2 include the utilization of traditional knowledge associated with genetic resources?', YES_NO_NA),
        q(
          '13.5',
          'Does your country monitor the monetary benefits received from the utilization of genetic resources and/or traditional knowledge associated with genetic resources that were accessed from your country?',
          SCALE_NA,
        ),
        q(
          '13.6',
          'Does your country monitor the non-monetary benefits received from the utilization of genetic resources and/or traditional knowledge associated with genetic resources that were accessed from your country?',
          SCALE_NA,
        ),
        q(
          '13.7',
          'Does your country have measures to ensure the fair and equitable benefit-sharing arising from the utilization of genetic resources and/or traditional knowledge associated with genetic resources that were accessed in another country?',
          SCALE_NA,
        ),
      ],
    },
  ),
  ind('13.CT.1', 'GBF-INDICATOR-340', 'Total number of internationally recognized certificates published on the Access and Benefit-sharing Clearing-House'),
  ind(
    '13.CY.1',
    'GBF-INDICATOR-343',
    'Total number of transfers of crop material from the Multilateral System of the International Treaty on Plant Genetic Resources for Food and Agriculture received in a country',
  ),

  // Target 14 (binary indicator only)
  ind(
    '14.b',
    'KMGBF-INDICATOR-BIN-C-14',
    'Number of countries integrating biodiversity and its multiple values into policies, regulations, planning, development processes, poverty eradication strategies and, as appropriate, national accounts, within and across all levels and across all sectors, and progressively aligning all relevant public and private activities and fiscal and financial flows with the goals and targets of the Framework',
    {
      questions: [
        q('14.1', 'Does your country integrate biodiversity and its multiple values into policies, regulations, planning, development processes and poverty eradication strategies at all levels of government?'),
        q('14.2', 'Does your country use environmental economic accounting to quantify the monetary and non-monetary values of biodiversity?'),
        q('14.3', 'Does your country integrate biodiversity and its multiple values into policies, regulations, plans and strategies across all sectors to ensure their mainstreaming?'),
        // unnumbered in the ORT (key 14_3_a): a follow-up of 14.3, enabled when 14.3 is answered partially or fully
        tick('14.3(a)', 'If fully or partially, list all sectors concerned, as determined at the national level (optional):', [
          'agriculture',
          'fisheries',
          'forestry',
          'aquaculture',
          'finance',
          'tourism',
          'health',
          'infrastructure',
          'energy',
          'mining',
          'manufacturingAndProcessing',
          'other',
        ]),
        q('14.4', 'Does your country have policies, regulations, strategies or plans in place to progressively align all relevant public and private activities with the goals and targets of the Framework?'),
        q('14.5', 'Are policies, regulations, strategies or plans in place to progressively align fiscal and financial flows with the goals and targets of the Framework?'),
      ],
    },
  ),
  ind(
    '14.CT.1',
    'GBF-INDICATOR-195',
    'Integration of biodiversity into national accounting and reporting systems, defined as implementation of the System of Environmental-Economic Accounting',
  ),

  // Target 15
  ind('15.1', 'GBF-INDICATOR-15.1', 'Number of companies disclosing their biodiversity-related risks, dependencies and impacts'),
  ind(
    '15.b',
    'KMGBF-INDICATOR-BIN-15',
    'Number of countries with legal, administrative or policy measures aimed at encouraging and enabling business and financial institutions, and in particular for large and transnational companies and financial institutions, to progressively reduce their negative impacts on biodiversity, increase their positive impacts, reduce their biodiversity-related risks and promote actions to ensure sustainable patterns of production',
    {
      questions: [
        q(
          '15.1',
          'Has your country put in place legal, administrative or policy measures to ensure that large and transnational companies and financial institutions monitor, assess and transparently disclose their risks, dependencies and impacts on biodiversity along their operations, supply and value chains, and portfolios?',
        ),
        q('15.2', 'Has your country put in place measures to ensure that large and transnational companies and financial institutions provide relevant information to consumers to promote sustainable consumption patterns?'),
        q('15.3', 'Has your country put in place measures to ensure that large and transnational companies and financial institutions report on compliance with access and benefit-sharing regulations?'),
        q(
          '15.4',
          'Has your country put in place measures to ensure that large and transnational companies and financial institutions progressively reduce their negative impacts on biodiversity and increase their positive impacts?',
        ),
        q('15.5', 'Does your country monitor whether negative impacts from business on biodiversity have progressively decreased?'),
      ],
    },
  ),
  ind('15.CT.1', 'GBF-INDICATOR-225', 'Number of companies publishing sustainability reports'),
  ind(
    '15.CY.1',
    'GBF-INDICATOR-192',
    'Number of organizations within the country that have signalled an intent to start adopting the recommendations of the Taskforce on Nature-related Financial Disclosures',
  ),

  // Target 16 (binary indicator only)
  ind('16.b', 'KMGBF-INDICATOR-BIN-16', 'Number of countries developing, adopting or implementing policy instruments aimed at encouraging and enabling people to make sustainable consumption choices', {
    questions: [
      q('16.1', 'Has your country established mechanisms, policy or legislative or regulatory frameworks aimed at supporting sustainable consumption?'),
      q(
        '16.2',
        'Has your country adopted mechanisms to improve awareness or education with regard to the impacts of consumption on biodiversity and access to relevant and accurate information or alternatives supporting sustainable consumption?',
      ),
      q(
        '16.3',
        'Has your country adopted or implemented policy instruments aimed at encouraging and enabling people to make sustainable consumption choices, including by reducing food waste, over consumption and waste generation?',
      ),
    ],
  }),
  ind('16.CT.1', 'GBF-INDICATOR-158', 'Food Waste Index'),
  ind('16.CT.2', 'GBF-INDICATOR-211', 'Material footprint, material footprint per capita, and material footprint per GDP'),
  ind('16.CT.3', 'GBF-INDICATOR-142', 'Ecological footprint'),
  ind(
    '16.CY.1',
    'GBF-INDICATOR-150',
    'Extent to which (i) global citizenship education and (ii) education for sustainable development are mainstreamed in (a) national education policies; (b) curricula; (c) teacher education and (d) student assessment',
  ),
  ind('16.CY.2', 'GBF-INDICATOR-311', 'National recycling rate, tons of material recycled'),
  ind('16.CY.3', 'GBF-INDICATOR-184', 'Human appropriation of net primary production'),
  ind('16.CY.4', 'GBF-INDICATOR-131', 'CO2 emission per unit of value added'),
  ind('16.CY.5', 'GBF-INDICATOR-125', 'Change in water-use efficiency over time'),
  ind('16.CY.6', 'GBF-INDICATOR-203', 'Indicators from the Life Cycle Impact Assessment Programme'),
  ind('16.CY.7', 'GBF-INDICATOR-16.CY.7', 'Poverty level'),

  // Target 17 (binary indicator only)
  ind(
    '17.b',
    'KMGBF-INDICATOR-BIN-17',
    'Number of countries that have taken action to implement biosafety measures as set out in Article 8(g) of the Convention and measures for the handling of biotechnology and the distribution of its benefits as set out in Article 19',
    {
      questions: [
        q('17.1', 'Has your country established biosafety-related policy, legal, administrative and other measures as set out in Article 8(g) of the Convention?'),
        q('17.2', 'Does your country implement biosafety measures as set out in Article 8(g) of the Convention?'),
        q(
          '17.3',
          'Has your country taken legislative, administrative or policy measures, as appropriate, to provide for the effective participation in biotechnological research activities by those Parties, especially developing countries, that provide the genetic resources for such research, as set out in paragraph 1 of Article 19 of the Convention?',
        ),
        q(
          '17.4',
          'Has your country taken practicable measures to promote and advance priority access on a fair and equitable basis by Parties, especially developing countries, to the results and benefits arising from biotechnologies based on genetic resources provided by those Parties, as set out in paragraph 2 of Article 19 of the Convention?',
        ),
        q('17.5', 'Does your country carry out scientifically sound risk assessments on the use and release of living modified organisms?'),
        q('17.6', 'Does your country provide access to biosafety-related information for the safe transfer, handling and use of living modified organisms?'),
      ],
    },
  ),
  ind('17.CY.1', 'GBF-INDICATOR-17.CY.1', 'Indicators related to the Cartagena Protocol on Biosafety'),

  // Target 18
  ind('18.1', 'GBF-INDICATOR-18.1', 'Positive incentives in place to promote biodiversity conservation and sustainable use'),
  ind('18.2', 'GBF-INDICATOR-18.2', 'Value of subsidies and other incentives harmful to biodiversity'),
  ind('18.CT.1', 'GBF-INDICATOR-18.CT.1', 'Revenue generated by biodiversity-relevant tradable permits (if auctioned)'),
  ind('18.CT.2', 'GBF-INDICATOR-18.CT.2', 'Monetary value of payments for ecosystem services'),
  ind('18.CT.3', 'GBF-INDICATOR-18.CT.3', 'Monetary value of biodiversity offsets'),

  // Target 19: nothing is numbered under it (headline indicators D.1-D.3 are numbered under goal D)

  // Target 20 (binary indicator only)
  ind(
    '20.b',
    'KMGBF-INDICATOR-BIN-20',
    'Number of countries that have taken significant action to strengthen capacity-building and development and access to and transfer of technology, and to promote the development of and access to innovation and technical and scientific cooperation',
    {
      questions: [
        q('20.1', 'Does your country have plans, policies or instruments for addressing capacity-building and development needs for biodiversity?'),
        tick(
          '20.2',
          'Does your country have measures to ensure the full and effective participation of indigenous peoples and local communities, women and girls, children and youth and people with disabilities in capacity-building and development for the conservation and sustainable use of biodiversity? (Select all that apply)',
          ['womenGirls', 'childrenYouth', 'personWithDisabilities', 'indigenousPeoplesLocalCommunities', 'other'],
        ),
        q(
          '20.3',
          'Has your country undertaken a national capacity self-assessment or other processes for assessing the capacity needs for the conservation and sustainable use of biodiversity?',
          SCALE_NA,
        ),
        tick(
          '20.4',
          'Has your country undertaken a national assessment of the capacity-building and development needs of indigenous peoples and local communities, women and girls, children and youth and people with disabilities for the conservation and sustainable use of biodiversity? (Select all that apply)',
          ['womenGirls', 'childrenYouth', 'personWithDisabilities', 'indigenousPeoplesLocalCommunities', 'other'],
        ),
        q(
          '20.5',
          'Has your country established partnerships to foster joint technology development and joint scientific research programmes for the conservation and sustainable use of biodiversity and strengthening scientific research and monitoring capabilities, including through South-South, North-South and triangular cooperation?',
        ),
        // free text; the ORT gives this title in English only
        { number: '20.5.1', title: 'Specify for each type of partnership (optional)', options: [], optional: true },
      ],
    },
  ),
  ind(
    '20.CT.1',
    'GBF-INDICATOR-20.CT.1',
    'Total amount of funding for developing countries to promote the development, transfer, dissemination and diffusion of environmentally sound technologies',
  ),
  ind('20.CY.1', 'GBF-INDICATOR-20.CY.1', 'Researchers (in full-time equivalent) per million inhabitants', {
    note: 'The ORT title ends in a stray closing parenthesis; dropped here.',
  }),
  ind(
    '20.CY.2',
    'GBF-INDICATOR-20.CY.2',
    'Global imports of information and communications technology goods as presented by bilateral trade flows by information and communications technology goods category',
  ),

  // Target 21
  ind('21.1', 'GBF-INDICATOR-21.1', 'Indicator on biodiversity information for monitoring the Kunming-Montreal Global Biodiversity Framework'),
  ind('21.CT.1', 'GBF-INDICATOR-21.CT.1', 'Species Information Index'),
  ind('21.CT.2', 'GBF-INDICATOR-21.CT.2', 'Participation of indigenous peoples and local communities in decision-making related to the implementation of the Convention at all levels'),
  ind('21.CT.3', 'GBF-INDICATOR-190', 'Index of Linguistic Diversity'),
  ind('21.CY.1', 'GBF-INDICATOR-178', 'Growth in number of records and species in the Living Planet Index database'),
  ind('21.CY.2', 'GBF-INDICATOR-179', 'Growth in species occurrence records accessible through the Global Biodiversity Information Facility'),
  ind('21.CY.3', 'GBF-INDICATOR-177', 'Growth in marine species occurrence records accessible through the Ocean Biodiversity Information System'),
  ind('21.CY.4', 'GBF-INDICATOR-289', 'Proportion of known species assessed through the International Union for Conservation of Nature Red List of Threatened Species'),
  ind('21.CY.5', 'GBF-INDICATOR-221', 'Number of assessments on the International Union for Conservation of Nature Red List of Threatened Species'),
  ind('21.CY.6', 'GBF-INDICATOR-365', 'World Association of Zoos and Aquariums bioliteracy survey (biodiversity literacy in global zoo and aquarium visitors)'),

  // Target 22
  ind('22.1', 'GBF-INDICATOR-22.1', 'Land-use change and land tenure in the traditional territories of indigenous peoples and local communities'),
  ind(
    '22.b',
    'KMGBF-INDICATOR-BIN-22',
    'Number of countries taking action towards the full, equitable, inclusive, effective and gender responsive representation and participation in decision-making, and access to justice and information related to biodiversity by indigenous peoples and local communities, respecting their cultures and their rights over lands, territories, resources and traditional knowledge, as well as by women and girls, children and youth, and persons with disabilities, and the full protection of environmental human rights defenders',
    {
      questions: [
        ...sub('22.1', 'Does your country have policy, legislative and administrative frameworks at the national and subnational levels that:', [
          tick(
            '(a)',
            'Ensure full, equitable, inclusive, effective and gender-responsive representation and participation in biodiversity decision-making related to biodiversity of the following (select all that apply):',
            GROUPS,
          ),
          tick('(b)', 'Respect the following rights and cultures of indigenous peoples and local communities (select all that apply):', IPLC_RIGHTS),
          q('(c)', 'Ensure the full protection of environmental human rights defenders?', YES_NO),
          tick('(d)', 'Ensure public access to information related to biodiversity for the following (select all that apply):', GROUPS),
          tick('(e)', 'Provide access to justice for one or more of the following categories (select all that apply):', GROUPS),
        ]),
        q('22.2', 'Does your country have operational frameworks and mechanisms related to the policy, legislative and administrative frameworks listed under question 22.1?'),
        ...sub('22.3', 'Does your country monitor the following:', [
          tick('(a)', 'The full, equitable, inclusive, effective and gender-responsive representation and participation in biodiversity decision-making of the following (select all that apply):', GROUPS),
          tick('(b)', 'The following culture and rights of indigenous peoples and local communities (select all that apply):', IPLC_RIGHTS),
          q('(c)', 'The full protection of environmental human rights defenders?', YES_NO),
        ]),
      ],
    },
  ),
  ind(
    '22.CT.1',
    'GBF-INDICATOR-22.CT.1',
    'Proportion of total adult population with secure tenure rights to land, (a) with legally recognized documentation, and (b) who perceive their rights to land as secure, by sex and type of tenure',
  ),
  ind('22.CT.2', 'GBF-INDICATOR-22.CT.2', 'Number of verified cases of killings and other attacks against environmental human rights defenders in the previous 12 months'),
  ind(
    '22.CY.1',
    'GBF-INDICATOR-275',
    'Proportions of positions in national and local institutions, including (a) the legislatures; (b) the public service; and (c) the judiciary, compared to national distributions, by sex, age, persons with disabilities and population groups',
  ),
  ind('22.CY.2', 'GBF-INDICATOR-248', 'Proportion of countries with systems to track and make public allocations for gender equality and women’s empowerment'),
  ind(
    '22.CY.3',
    'GBF-INDICATOR-300',
    '(a) Proportion of total agricultural population with ownership or secure rights over agricultural land, by sex; and (b) share of women among owners or rights-bearers of agricultural land, by type of tenure',
  ),
  ind('22.CY.4', 'GBF-INDICATOR-286', 'Proportion of countries where the legal framework (including customary law) guarantees women’s equal rights to land ownership and/or control'),
  ind('22.CY.5', 'GBF-INDICATOR-274', 'Proportion of population who believe decision-making is inclusive and responsive, by sex, age, disability and population group'),
  ind(
    '22.CY.6',
    'GBF-INDICATOR-22.CY.6',
    'Area covered by the reported territories and areas governed, managed and conserved by custodian indigenous peoples and local communities (ICCAs—territories of life)',
  ),

  // Target 23 (binary indicator only)
  ind(
    '23.b',
    'KMGBF-INDICATOR-BIN-23',
    'Number of countries with legal, administrative or policy frameworks, inter alia, to implement the Gender Plan of Action (2023–2030), to ensure that all women and girls have equal opportunity and capacity to contribute to the three objectives of the Convention, including by ensuring women’s equal rights and access to land and natural resources',
    {
      questions: [
        q(
          '23.1',
          'Does your country have mechanisms for facilitating the full, equitable, meaningful and informed participation and leadership of all women and girls at all levels of action, engagement, policy and decision-making related to biodiversity?',
        ),
        q('23.2', 'Has your country adopted legal, administrative or policy measures that explicitly recognize and protect the rights and access of all women and girls to land and natural resources?'),
        q(
          '23.3',
          'Does your country explicitly apply a gender-responsive approach and recognize the contributions and roles of women and girls in its implementation of the Framework through its national reports or its national biodiversity strategy and action plan?',
        ),
        q('23.4', 'Does your country conduct sex-disaggregated data collection and analyses to assess the differential impacts of biodiversity policies and programmes?'),
      ],
    },
  ),
  ind('23.CT.1', 'GBF-INDICATOR-297', 'Proportion of seats held by women in (a) national parliaments and (b) local governments'),
  ind('23.CT.2', 'GBF-INDICATOR-193', 'Indicator on national implementation of the Gender Plan of Action (2023–2030)'),
];

const freezeQuestion = (x: BinaryQuestion): BinaryQuestion =>
  Object.freeze({ ...x, options: Object.freeze([...x.options]), ...(x.choices ? { choices: Object.freeze([...x.choices]) } : {}) });

export const gbfMonitoring: readonly MonitoringIndicator[] = Object.freeze(
  list.map((i) => Object.freeze(i.questions ? { ...i, questions: Object.freeze(i.questions.map(freezeQuestion)) } : i)),
);

const byId = new Map(gbfMonitoring.map((i) => [i.id, i]));

export function monitoringIndicator(id: string): MonitoringIndicator | undefined {
  return byId.get(id);
}

/** the indicators numbered under a goal or target ('gbf:A', 'gbf:T3'), in framework order */
export function indicatorsOf(parentId: string): MonitoringIndicator[] {
  return gbfMonitoring.filter((i) => i.parent === parentId);
}
