import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'SiteDesk';

/**
 * The folder Electron calls `userData` for this app, computed without Electron so the web host
 * and the CLI open the same ledger as the desktop app. `SITEDESK_DATA` overrides it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SITEDESK_DATA) return path.resolve(env.SITEDESK_DATA);
  return path.join(userConfigRoot(env, platform), PRODUCT_NAME);
}

/** The user's own configuration folder, where Electron's `appData` is. */
function userConfigRoot(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  const home = os.homedir();
  if (platform === 'win32') return env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.join(home, '.config');
}

/**
 * Where this installation keeps the key that seals the audit chain: in the user's configuration
 * folder but beside the data folder, not in it, so copying the data folder (or a share holding
 * it) never carries the key along. `SITEDESK_KEYS_DIR` overrides it.
 */
export function defaultKeysDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SITEDESK_KEYS_DIR) return path.resolve(env.SITEDESK_KEYS_DIR);
  return path.join(userConfigRoot(env, platform), `${PRODUCT_NAME}-keys`);
}

/** The web host's and the CLI's key file (owner-only). */
export const KEY_FILE_NAME = 'seal-key.json';
/** The desktop app's key, encrypted by Electron's safeStorage. */
export const SAFE_KEY_FILE_NAME = 'seal-key.safe';

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function logsDir(dataDir: string): string {
  return path.join(dataDir, 'logs');
}
