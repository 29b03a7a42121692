import type { Feature } from '../feature.ts';
import { languageName } from './languages.ts';
import { PeoplePage } from './PeoplePage.tsx';

export const peopleFeature: Feature = {
  id: 'people',
  uses: ['focal-points', 'capacity'],
  nav: { labelKey: 'nav.people' },
  Page: PeoplePage,
  namespaces: ['people'],
  entities: ['person', 'institution'],
  entityViews: {
    person: {
      name: 'people:entities.person',
      fieldKeys: 'people:fields',
      value: (_t, field, value, language) => (field === 'languages' && Array.isArray(value) ? value.map((c) => languageName(String(c), language)).join(', ') : null),
      freeText: ['name', 'honorific', 'title', 'department', 'address', 'email', 'phone', 'fax', 'notes'],
    },
  },
};
