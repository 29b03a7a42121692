import { tasksChannels } from '../../../shared/contract/tasks.ts';
import { defineArea } from '../area.ts';
import { runningTasks } from './running.ts';

/** Long work in progress (backups, restores), for progress bars; other areas start tasks with startTask. */
export const tasksArea = defineArea({
  name: 'tasks',
  channels: tasksChannels,
  handlers: {
    'tasks.list': (s) => runningTasks(s),
  },
});
