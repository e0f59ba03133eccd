import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { desktopKeyStore, safeStorageKeyStore } from '../../electron/app/sealKeyStore';
import { openSealing, sealKeysFor } from '../../electron/core/audit/sealing';
import { NO_LOG } from '../../electron/core/log';
import { tempDir } from '../support/desk';
import { createFakeElectron } from './fake-electron';

describe('the desktop app keeps its seal key in safeStorage', () => {
  test('the key file holds only what safeStorage encrypted; the app reads it back and seals with it', () => {
    const { safeStorage } = createFakeElectron();
    const dir = tempDir('sitedesk-keys-');
    const store = desktopKeyStore(safeStorage, dir, () => {});
    const sealing = openSealing(store, path.join(dir, 'ledger.sqlite'), 1, new Date(), NO_LOG);
    const file = path.join(dir, 'seal-key.safe');
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 10).toString()).toBe('fake-safe:');
    const ring = store.load()!;
    expect(bytes.toString()).not.toContain(ring.keys[0]!.secret); // never the key in plain text
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o077).toBe(0);
    const keys = sealKeysFor(store, path.join(dir, 'ledger.sqlite'));
    expect('keys' in keys && keys.keyId).toBe(sealing.keyId);
    expect(fs.existsSync(path.join(dir, 'seal-key.json'))).toBe(false);
  });

  test('a keyring safeStorage can no longer open is set aside and a new key made', () => {
    const { safeStorage } = createFakeElectron();
    const dir = tempDir('sitedesk-keys-');
    const file = path.join(dir, 'seal-key.safe');
    fs.writeFileSync(file, 'garbage');
    const store = safeStorageKeyStore(safeStorage, file);
    const errors: string[] = [];
    const log = { ...NO_LOG, error: (line: string) => errors.push(line) };
    openSealing(store, path.join(dir, 'ledger.sqlite'), 1, new Date(), log);
    expect(errors.join('\n')).toMatch(/unreadable: a new key is made/);
    expect(fs.readdirSync(dir).some((n) => n.startsWith('seal-key.safe.unreadable-'))).toBe(true);
    expect(store.load()).not.toBeNull();
  });

  test('without safeStorage encryption, the owner-only key file is used and the log says so', () => {
    const { safeStorage } = createFakeElectron();
    vi.mocked(safeStorage.isEncryptionAvailable).mockReturnValue(false);
    const dir = tempDir('sitedesk-keys-');
    const warned: string[] = [];
    const store = desktopKeyStore(safeStorage, dir, (line) => warned.push(line));
    openSealing(store, path.join(dir, 'ledger.sqlite'), 1, new Date(), NO_LOG);
    expect(warned).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, 'seal-key.json'))).toBe(true);
  });
});
