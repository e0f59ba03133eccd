import path from 'node:path';
import { expect, test } from 'vitest';
import { openLedger } from '../../db/connection';
import { tempDir } from '../support/desk';

test('closing a ledger closes its SQLite handle even when no query went through Kysely', async () => {
  const file = path.join(tempDir(), 'ledger.sqlite');
  const ledger = openLedger(file);
  ledger.sqlite.prepare('SELECT 1').get();
  await ledger.close();
  expect(ledger.sqlite.open).toBe(false);

  const readonly = openLedger(file, { readonly: true });
  await readonly.close();
  expect(readonly.sqlite.open).toBe(false);
});
