import { lazyPage, type Feature } from '../feature.ts';
import { languageName } from './languages.ts';

export const peopleFeature: Feature = {
  id: 'people',
  uses: ['focal-points', 'capacity'],
  nav: { labelKey: 'nav.people' },
  Page: lazyPage(() => import('./PeoplePage.tsx'), 'PeoplePage'),
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
