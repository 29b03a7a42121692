import { readEarly } from '../api/client.ts';
import { readHomeEarly } from '../features/home/first-reads.ts';
import { parseHash } from '../state/route.ts';

// main.tsx imports this module first, so these requests leave while the browser still evaluates
// the rest of the start script (about 150 ms) and the core answers them meanwhile; before, the
// shell asked for the settings once React had rendered, and the home page for its items only
// after the settings had come (two round trips more before the first screen).
// Kept to light imports: what this module imports is evaluated before the requests leave.

readEarly('settings.get', {});
readEarly('sample.status', {});
const { area } = parseHash(window.location.hash);
// the default page (DEFAULT_ROUTE in features.ts), shown at start and for an empty address
if (area === '' || area === 'home') readHomeEarly();
