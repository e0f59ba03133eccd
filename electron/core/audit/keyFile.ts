import fs from 'node:fs';
import path from 'node:path';
import { keyringText, parseKeyring, type Keyring, type KeyStore } from './sealKeys';

/** How a keyring's text is kept in its file: as it is, or sealed by the system's secret store. */
export interface KeyringEncoding {
  encode(text: string): string | Buffer;
  decode(stored: Buffer): string;
}

const PLAIN: KeyringEncoding = {
  encode: (text) => text,
  decode: (stored) => stored.toString('utf8'),
};

/**
 * The keyring as a file readable and writable by its owner only (0600 in a 0700 folder), for the
 * web host and the CLI. On Windows the folder is the user's own profile folder, which other
 * users cannot read. Written to a temporary name and renamed, so a crash never leaves half a key.
 */
export function keyFileStore(file: string): KeyStore {
  return encodedKeyFileStore(file, file, PLAIN);
}

/** A keyring file kept with `encoding`; `where` names the store in messages and the log. */
export function encodedKeyFileStore(file: string, where: string, encoding: KeyringEncoding): KeyStore {
  const dir = path.dirname(file);
  return {
    where,
    load(): Keyring | null {
      let stored: Buffer;
      try {
        stored = fs.readFileSync(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      if (process.platform !== 'win32' && (fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
      return parseKeyring(encoding.decode(stored));
    },
    save(ring: Keyring, options = {}) {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const partial = `${file}.${process.pid}.partial`;
      fs.writeFileSync(partial, encoding.encode(keyringText(ring)), { mode: 0o600 });
      try {
        if (options.create) {
          // link() refuses an existing name: of two processes making the first key, one wins.
          try {
            fs.linkSync(partial, file);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
            throw error;
          }
          return true;
        }
        fs.renameSync(partial, file);
        return true;
      } finally {
        fs.rmSync(partial, { force: true });
      }
    },
    setAside() {
      const stamp = new Date().toISOString().replace(/[-:.]/g, '');
      fs.renameSync(file, `${file}.unreadable-${stamp}`);
    },
  };
}
