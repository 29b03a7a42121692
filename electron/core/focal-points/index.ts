import { focalPointsChannels } from '../../../shared/contract/focal-points.ts';
import { defineArea } from '../area.ts';
import { stmt } from '../db/sql.ts';
import * as designations from './designations.ts';
import focalPointsSql from './migrations/0002_focal_points.ts';
import { conventionView, vacancies } from './vacancies.ts';
import { byInstitution, coordinationMatrix, searchRegistry } from './views.ts';

/** Who the focal points are: designations with history, vacancies, and the views over them. */
export const focalPointsArea = defineArea({
  name: 'focal-points',
  uses: ['membership'],
  channels: focalPointsChannels,
  handlers: {
    'designations.list': (s, i) => designations.listDesignations(s, i),
    'designations.create': (s, i) => designations.createDesignation(s, i),
    'designations.update': (s, i) => designations.updateDesignation(s, i.id, i.patch),
    'designations.delete': (s, i) => designations.deleteDesignation(s, i.id),
    'designations.restore': (s, i) => designations.restoreDesignation(s, i.id),
    'designations.handover': (s, i) => designations.handover(s, i),
    'focal-points.byConvention': (s, i) => conventionView(s, i.convention, i.today),
    'focal-points.vacancies': (s, i) => vacancies(s, i.today),
    'focal-points.byInstitution': (s, i) => byInstitution(s, i.today),
    'focal-points.matrix': (s, i) => coordinationMatrix(s, i.today),
    'focal-points.search': (s, i) => searchRegistry(s, i.query, i.roleIds ?? [], i.limit),
  },
  entities: ['designation'],
  migrations: [{ version: 2, name: '0002_focal_points', sql: focalPointsSql }],
  describe: {
    designation: (s, id) => {
      const r = stmt(s.db, 'SELECT p.name, d.roleId, d.instrumentId FROM designation d LEFT JOIN person p ON p.id = d.personId WHERE d.id = ?').get(id) as
        | { name: string | null; roleId: string | null; instrumentId: string | null }
        | undefined;
      return { rowLabel: r?.name ?? null, about: { roleId: r?.roleId ?? null, instrumentId: r?.instrumentId ?? null } };
    },
  },
});
