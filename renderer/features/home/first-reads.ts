import { readEarly } from '../../api/client.ts';
import { localToday } from '../../../shared/days.ts';

/** The home page's own reads, as HomePage asks for them: sent before React has rendered anything. */
export function readHomeEarly(): void {
  readEarly('attention.list', { today: localToday() });
  readEarly('topics.list', {});
}
