// Cross-cutting subjects of agenda items, shipped (the user adds others as synced topics), and
// taxon groups, so that a CITES listing and a CMS listing of the same sharks are one subject.
// Ids are stable; words live in locales/<lng>/positions.json.

export const TOPICS = [
  'climate-change',
  'invasive-alien-species',
  'wild-meat',
  'wildlife-health',
  'marine-bycatch',
  'sharks-rays',
  'wetlands-waterbirds',
  'protected-areas',
  'illegal-killing-trade',
  'synergies',
  'resource-mobilization',
  'capacity-building',
  'national-reporting',
  'access-benefit-sharing',
  'species-listings',
] as const;
export type ShippedTopic = (typeof TOPICS)[number];

export const TAXON_GROUPS = ['sharks-rays', 'marine-mammals', 'marine-turtles', 'birds', 'bats', 'terrestrial-mammals', 'fish', 'reptiles', 'amphibians', 'insects', 'corals', 'plants'] as const;
export type TaxonGroup = (typeof TAXON_GROUPS)[number];

/** A topic the country added: "custom:<uuid>". */
export const CUSTOM_TOPIC = /^custom:[0-9a-f-]{36}$/;
export const isShippedTopic = (id: string): id is ShippedTopic => (TOPICS as readonly string[]).includes(id);
