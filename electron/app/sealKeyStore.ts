import path from 'node:path';
import { encodedKeyFileStore, keyFileStore } from '../core/audit/keyFile';
import type { KeyStore } from '../core/audit/sealKeys';
import { KEY_FILE_NAME, SAFE_KEY_FILE_NAME } from '../core/paths';

/** What the store needs of Electron's safeStorage (passed in, so it is tested without Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * The desktop app's keyring, encrypted by Electron's safeStorage (DPAPI on Windows, the Keychain
 * on macOS, the desktop's secret store on Linux), so that the file alone — copied off the PC with
 * the ledger or not — does not give the key: only this user's account on this PC opens it. Where
 * the system offers no encryption (a Linux without a secret store) the owner-only key file of the
 * web host and the CLI is used instead, and said so in the log.
 */
export function desktopKeyStore(
  safeStorage: SafeStorageLike,
  keysDir: string,
  warn: (line: string) => void,
): KeyStore {
  if (!safeStorage.isEncryptionAvailable()) {
    warn('safeStorage is not available on this system: the seal key is kept in an owner-only key file');
    return keyFileStore(path.join(keysDir, KEY_FILE_NAME));
  }
  return safeStorageKeyStore(safeStorage, path.join(keysDir, SAFE_KEY_FILE_NAME));
}

export function safeStorageKeyStore(safeStorage: SafeStorageLike, file: string): KeyStore {
  return encodedKeyFileStore(file, `safeStorage (${file})`, {
    encode: (text) => safeStorage.encryptString(text),
    decode: (stored) => safeStorage.decryptString(stored),
  });
}
