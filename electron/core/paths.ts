import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'SiteDesk';

/**
 * The folder Electron calls `userData` for this app, computed without Electron so the web host
 * and the CLI open the same ledger as the desktop app. `SITEDESK_DATA` overrides it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SITEDESK_DATA) return path.resolve(env.SITEDESK_DATA);
  const home = os.homedir();
  if (platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function logsDir(dataDir: string): string {
  return path.join(dataDir, 'logs');
}
