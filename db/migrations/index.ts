import type { Migration } from 'kysely';
import * as m0001 from './0001_init';
import * as m0005 from './0005_keys';

/**
 * Migrations are listed here rather than read from a folder so the bundled Electron main
 * carries them. Names sort in order; never rename or edit one that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '0001_init': m0001,
  '0005_keys': m0005,
};
