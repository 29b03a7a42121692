import os from 'node:os';
import path from 'node:path';

/** The user data folder, as Electron's app.getPath('userData') would give for "Synergy Desk". */
export function defaultDataDir(): string {
  if (process.env.SYNERGY_DESK_DATA_DIR) return path.resolve(process.env.SYNERGY_DESK_DATA_DIR);
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Synergy Desk');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Synergy Desk');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Synergy Desk');
}
