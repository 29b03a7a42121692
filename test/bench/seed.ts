import { createDispatcher, type Dispatcher } from '../../electron/core/dispatch.ts';
import { openStore, type Store } from '../../electron/core/store.ts';
import { tempDir } from '../helpers/app-server.ts';
import { time } from './stats.ts';
import { writeFields } from '../../electron/core/sync/write.ts';
import crypto from 'node:crypto';

const GIVEN = ['Amina', 'José', 'Li', 'Olga', 'Kwame', 'Fatima', 'Pierre', 'Ana', 'Raj', 'Sofia', 'Ahmed', 'Mei', 'Ivan', 'Lucía', 'Omar', 'Chen'];
const FAMILY = ['Diallo', 'Pérez', 'Wei', 'Ivanova', 'Mensah', 'Haddad', 'Dubois', 'Silva', 'Sharma', 'Rossi', 'Karimi', 'Zhang', 'Petrov', 'García', 'Nasser', 'Liu'];
const TITLES = ['CBD national focal point', 'CITES Management Authority', 'Scientific Councillor', 'Ramsar STRP focal point', 'Director of Wildlife', 'Policy officer'];

/** Deterministic directory of n people across n/50 institutions, written through the op log in one transaction. */
export function seedPeople(store: Store, n: number): { institutionIds: string[]; personIds: string[] } {
  const institutionIds: string[] = [];
  const personIds: string[] = [];
  store.write(() => {
    for (let i = 0; i < Math.max(1, Math.floor(n / 50)); i++) {
      const id = crypto.randomUUID();
      institutionIds.push(id);
      writeFields(store, 'institution', id, { name: `Ministry of Environment, Department ${i}`, acronym: `MOE-${i}` });
    }
    for (let i = 0; i < n; i++) {
      const id = crypto.randomUUID();
      personIds.push(id);
      const name = `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]} ${i}`;
      writeFields(store, 'person', id, {
        name,
        title: TITLES[i % TITLES.length],
        email: `person${i}@env.example.org`,
        institutionId: institutionIds[i % institutionIds.length],
        languages: i % 3 === 0 ? ['en', 'fr'] : ['en'],
      });
    }
  });
  return { institutionIds, personIds };
}

/** A desk of its own in a temp folder with n people seeded and a country set (the start-up benches). */
export async function seededDesk(prefix: string, n: number): Promise<{ dir: string; store: Store; dispatcher: Dispatcher; seedMs: number }> {
  const dir = tempDir(prefix);
  const store = await openStore(dir);
  const [, seedMs] = time(() => seedPeople(store, n));
  const dispatcher = createDispatcher(store);
  dispatcher.dispatch('settings.update', { country: 'KE' });
  return { dir, store, dispatcher, seedMs };
}
