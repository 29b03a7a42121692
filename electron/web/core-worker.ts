import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors.ts';
import type { CoreWorkerData, FromCore, ToCore } from './core-messages.ts';
import { openCore } from './open-core.ts';

// Browser mode's core in a thread of its own (started by core-thread.ts): it opens the store and
// answers the server's calls, while the server's thread serves the page's files at once.

const port = parentPort!;
const say = (m: FromCore) => port.postMessage(m);

try {
  const core = await openCore((workerData as CoreWorkerData).dataDir);
  core.store.onChange((event) => say({ type: 'change', event }));
  port.on('message', async (m: ToCore) => {
    if (m.type === 'stop') {
      core.stop();
      say({ type: 'stopped' });
      port.close();
      return;
    }
    const result = await core.dispatcher.invoke(m.channel, m.input);
    say({ type: 'answer', id: m.id, json: JSON.stringify(result) });
  });
  say({ type: 'ready' });
} catch (err) {
  say({ type: 'failed', message: err instanceof AppError ? err.message : String(err) });
  port.close();
}
