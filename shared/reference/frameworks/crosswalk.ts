import type { Confidence } from '../types.ts';

// Reference crosswalk: which CMS, Ramsar, CITES and SDG items relate to each GBF target. Partial by design.
// Confidence says how sure the relation is, not how important it is:
//   medium — the two texts name the same specific subject (same instrument, pressure or action), or a GBF
//            headline indicator is (per the public GBF/SDG indicator metadata) the SDG indicator of that target;
//   low    — a thematic link that is this desk's judgement.
// None is high: the facts sheet records no explicit GBF reference in the CMS, Ramsar or CITES plans, and the
// CITES Strategic Vision (2019) predates the GBF. Users can add their own relations on top.

export interface CrosswalkRelation {
  /** a GBF target id ('gbf:T…') */
  from: string;
  /** a CMS, Ramsar, CITES or SDG item id */
  to: string;
  confidence: Confidence;
  basis: string;
}

export interface Crosswalk {
  version: number;
  source: string;
  confidence: Confidence;
  relations: readonly CrosswalkRelation[];
}

const r = (from: string, to: string, confidence: 'medium' | 'low', basis: string): CrosswalkRelation => ({ from: `gbf:${from}`, to, confidence, basis });

const relations: CrosswalkRelation[] = [
  // T1 spatial planning, loss of high-biodiversity areas close to zero
  r('T1', 'cms:T2.3', 'low', 'both aim at reducing habitat loss; judgement'),
  r('T1', 'ramsar:sp4:T1', 'low', 'wetland values in sector policies and plans as part of spatial planning; judgement'),
  r('T1', 'sdg:15.5', 'low', 'both address habitat degradation and loss; judgement'),
  // T2 restoration
  r('T2', 'cms:T2.3', 'medium', 'both call for restoring habitats'),
  r('T2', 'ramsar:sp4:T12', 'medium', 'both call for restoration of degraded ecosystems (wetlands)'),
  r('T2', 'ramsar:sp5:G1', 'low', 'facts sheet: SP5 goal 1 reported linked to the GBF 30% restoration target (unverified)'),
  r('T2', 'sdg:15.1', 'medium', 'both call for restoring terrestrial and inland water ecosystems'),
  r('T2', 'sdg:15.3', 'medium', 'both call for restoring degraded land'),
  r('T2', 'sdg:14.2', 'medium', 'both call for restoring marine and coastal ecosystems'),
  // T3 30x30
  r('T3', 'cms:T2.2', 'medium', 'both name protected areas and OECMs, with connectivity'),
  r('T3', 'ramsar:sp4:T5', 'low', 'effective management of Ramsar Sites contributes to effectively conserved areas; judgement'),
  r('T3', 'ramsar:sp4:T6', 'low', 'expanding the Ramsar Site network may add to area-based conservation; judgement'),
  r('T3', 'ramsar:sp5:G1', 'low', 'facts sheet: SP5 goal 1 reported linked to the GBF 30% protection target (unverified)'),
  r('T3', 'sdg:14.5', 'medium', 'both set a share of coastal and marine areas to conserve (10% by 2020, 30% by 2030)'),
  r('T3', 'sdg:15.1', 'medium', 'both conserve terrestrial and freshwater areas; headline indicator 3.1 (protected area and OECM coverage) is closely related to SDG indicators 14.5.1 and 15.1.2'),
  r('T3', 'sdg:15.4', 'low', 'mountain protected-area coverage (SDG 15.4.1) is a subset of area-based conservation; judgement'),
  // T4 extinctions and species recovery
  r('T4', 'cms:T1.3', 'medium', 'both call for improving the status of (listed) species'),
  r('T4', 'cms:T1.1', 'low', 'covering species of unfavourable status with conservation action supports recovery; judgement'),
  r('T4', 'cites:O1.5', 'medium', 'both call for improving the status of (listed) species'),
  r('T4', 'sdg:15.5', 'medium', 'both aim to prevent extinction; headline indicator A.3 (Red List Index) is SDG indicator 15.5.1'),
  // T5 sustainable, safe and legal use and trade
  r('T5', 'cms:T3.1', 'medium', "both require take/use and trade to be 'sustainable, safe and legal'"),
  r('T5', 'cites:O2.1', 'medium', 'non-detriment and legal-acquisition findings are the tests of sustainable and legal trade'),
  r('T5', 'cites:O3.4', 'low', 'tackling illegal wildlife trade supports legal trade; judgement'),
  r('T5', 'cites:O3.5', 'low', 'tackling illegal trade chains supports legal trade; judgement'),
  r('T5', 'sdg:14.4', 'medium', 'headline indicator 5.1 (fish stocks within biologically sustainable levels) is SDG indicator 14.4.1'),
  r('T5', 'sdg:15.7', 'low', 'ending poaching and trafficking supports legal use and trade; judgement'),
  // T6 invasive alien species
  r('T6', 'ramsar:sp4:T4', 'medium', 'both address invasive alien species (in wetlands)'),
  r('T6', 'sdg:15.8', 'medium', 'both address the prevention and control of invasive alien species'),
  // T7 pollution
  r('T7', 'cms:T3.3', 'medium', 'both address pollution impacts'),
  r('T7', 'sdg:14.1', 'medium', 'both address nutrient and marine pollution; headline indicator 7.1 (coastal eutrophication) is an SDG 14.1.1 sub-indicator'),
  // T8 climate change and ocean acidification
  r('T8', 'sdg:14.3', 'medium', 'both address the impacts of ocean acidification'),
  // T9 sustainable use and livelihoods
  r('T9', 'cites:O4.1', 'medium', 'both link sustainable use of wild species to the livelihoods of IPLCs'),
  r('T9', 'sdg:14.b', 'low', 'small-scale fishers depend on wild species; judgement'),
  r('T9', 'sdg:15.c', 'low', 'SDG 15.c pairs anti-poaching with local livelihoods; judgement'),
  // T10 sustainable agriculture, aquaculture, fisheries and forestry
  r('T10', 'sdg:15.2', 'medium', 'headline indicator 10.2 (progress towards sustainable forest management) is SDG indicator 15.2.1'),
  r('T10', 'sdg:14.4', 'low', 'sustainable fisheries management; judgement'),
  r('T10', 'ramsar:sp4:T13', 'low', 'sustainable sectors (agriculture, fisheries…) where they affect wetlands; judgement'),
  // T11 nature's contributions (water, air, pollination)
  r('T11', 'ramsar:sp4:T2', 'low', 'water regulation by wetlands; judgement'),
  r('T11', 'ramsar:sp4:T11', 'low', 'wetland functions and services; judgement'),
  // T13 access and benefit-sharing
  r('T13', 'sdg:15.6', 'medium', 'both address fair benefit-sharing from genetic resources'),
  // T14 mainstreaming
  r('T14', 'sdg:15.9', 'medium', 'both integrate biodiversity values into planning (and accounts)'),
  r('T14', 'ramsar:sp4:T1', 'medium', 'both integrate biodiversity (wetland) values into sector policies and plans'),
  r('T14', 'cms:T5.4', 'low', 'CMS provisions in national plans and policies (e.g. NBSAPs); judgement'),
  r('T14', 'cms:T6.4', 'low', 'embedding CMS provisions in other strategies; judgement'),
  // T18 harmful incentives
  r('T18', 'sdg:14.6', 'medium', 'both call for removing harmful subsidies (fisheries subsidies in SDG 14.6)'),
  // T19 resource mobilization
  r('T19', 'sdg:15.a', 'medium', 'both mobilize finance for biodiversity; headline indicator D.1 corresponds to SDG indicators 15.a.1/15.b.1'),
  r('T19', 'sdg:15.b', 'medium', 'headline indicator D.1 (international public funding for biodiversity) corresponds to SDG indicator 15.b.1'),
  r('T19', 'ramsar:sp4:T17', 'low', 'resources for implementation; judgement'),
  r('T19', 'cites:O3.3', 'low', 'resources for implementation; judgement'),
  // T20 capacity, technology transfer, scientific cooperation
  r('T20', 'sdg:14.a', 'medium', 'both address research capacity and technology transfer'),
  r('T20', 'cites:O3.2', 'low', 'capacity-building; judgement'),
  r('T20', 'ramsar:sp4:T18', 'low', 'international cooperation; judgement'),
  r('T20', 'ramsar:sp4:T19', 'low', 'capacity-building; judgement'),
  // T21 data, information and knowledge
  r('T21', 'cms:T4.1', 'low', 'information and evidence for decision-making; judgement'),
  r('T21', 'ramsar:sp4:T8', 'low', 'wetland inventories as biodiversity data; judgement'),
  r('T21', 'ramsar:sp4:T10', 'low', 'traditional knowledge documented and respected; judgement'),
  r('T21', 'cites:O2.2', 'low', 'sharing information and tools; judgement'),
  r('T21', 'cites:O4.3', 'low', 'both call for awareness-raising (InforMEA aligns CITES goal 4 as a whole with GBF target 21); at objective level a judgement'),
  // T22 participation
  r('T22', 'ramsar:sp5:T2.3', 'medium', 'both call for inclusive participation in decision-making'),
];

export const crosswalk: Crosswalk = Object.freeze({
  version: 1,
  source:
    "Synergy Desk's own reference mapping, from the paraphrased targets in reference-facts.json and the public GBF headline-indicator and SDG indicator metadata; not an official crosswalk.",
  confidence: 'low',
  relations: Object.freeze(relations.map((x) => Object.freeze(x))),
});

export function relationsFrom(gbfTargetId: string): CrosswalkRelation[] {
  return crosswalk.relations.filter((x) => x.from === gbfTargetId);
}

export function relationsTo(itemId: string): CrosswalkRelation[] {
  return crosswalk.relations.filter((x) => x.to === itemId);
}
