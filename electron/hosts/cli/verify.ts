import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { VerifyReport } from '../../../shared/contract/audit';
import { parseFingerprint, type Fingerprint } from '../../../shared/domain/fingerprint';
import { WITNESS_KIND_LABELS, WITNESS_VERDICT_LABELS } from '../../../shared/domain/vocab';
import { closeHeadWitnesses } from '../../core/audit/closeHeads';
import { keyFileStore } from '../../core/audit/keyFile';
import { sealKeysFor } from '../../core/audit/sealing';
import type { SealKeys } from '../../core/audit/seals';
import type { KeyStore } from '../../core/audit/sealKeys';
import { typedWitnesses, type WitnessSource } from '../../core/audit/witnesses';
import { hqWitnesses } from '../../core/sync/hqWitness';
import { backupFolders } from '../../core/backups';
import { backupFolderWitnesses } from '../../core/backupWitnesses';
import { describeProblem, ledgerFile, verifyLedgerFile } from '../../core/maintenance';
import { defaultKeysDir, KEY_FILE_NAME, SAFE_KEY_FILE_NAME } from '../../core/paths';

type Out = (line: string) => void;

export interface VerifyCommandOptions {
  /** The keyring file (`--key`); by default the one of the user's configuration folder. */
  key?: string;
  /** Fingerprints typed from printed day sheets (`--witness`, repeatable). */
  witnesses: string[];
  /** More folders of backups to hold the ledger against (`--backups`, repeatable): a USB stick. */
  backups: string[];
}

/** The keyring the CLI seals with when a command writes the ledger (init, demo, export-day). */
export function cliKeyStore(keyFile: string | undefined): KeyStore {
  return keyFileStore(keyFile ? path.resolve(keyFile) : path.join(defaultKeysDir(), KEY_FILE_NAME));
}

/**
 * The seal keys the CLI can use: the given key file, else this user's. Where the desktop app
 * keeps the key (in safeStorage, which only the app can open) the CLI says so and leaves the
 * seals to the app's own 校验台账: another key would call every row the app sealed a forgery.
 */
export function cliSealKeys(keyFile: string | undefined, ledger: string): SealKeys {
  if (keyFile) return sealKeysFor(keyFileStore(path.resolve(keyFile)), ledger);
  const dir = defaultKeysDir();
  const desktop = path.join(dir, SAFE_KEY_FILE_NAME);
  if (fs.existsSync(desktop)) return { unavailable: 'desktop-key', where: desktop };
  return sealKeysFor(keyFileStore(path.join(dir, KEY_FILE_NAME)), ledger);
}

/** The second backup folder the ledger's own settings name ('' when none). */
function secondFolderOf(sqlite: BetterSqlite3.Database): string {
  try {
    const row = sqlite.prepare(`SELECT value FROM settings WHERE key = 'secondBackupDir'`).get() as
      { value: string } | undefined;
    const value: unknown = row ? JSON.parse(row.value) : '';
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

/** `npm run desk -- verify [--witness FP]… [--backups DIR]… [--key FILE]` */
export async function verifyCommand(
  dataDir: string,
  options: VerifyCommandOptions,
  out: Out,
  err: Out,
): Promise<number> {
  const fingerprints: Fingerprint[] = [];
  for (const text of options.witnesses) {
    const fingerprint = parseFingerprint(text);
    if (!fingerprint) {
      err(`--witness "${text}" is not a ledger fingerprint 台账指纹 (like 1234:3FA2-9C1B-77E0-D4A5)`);
      return 2;
    }
    fingerprints.push(fingerprint);
  }
  const file = ledgerFile(dataDir);
  const report = await verifyLedgerFile(file, {
    seals: cliSealKeys(options.key, file),
    witnesses: (sqlite): WitnessSource[] => [
      ...backupFolders(dataDir, secondFolderOf(sqlite)).map(backupFolderWitnesses),
      ...options.backups.map((dir) => backupFolderWitnesses({ dir: path.resolve(dir), label: dir })),
      hqWitnesses(dataDir),
      closeHeadWitnesses(sqlite),
      typedWitnesses(fingerprints),
    ],
  });
  for (const line of describeVerify(report)) (report.ok ? out : err)(line);
  return report.ok ? 0 : 1;
}

/** The report as the CLI prints it: the verdict, the head, the seals, the witnesses. */
export function describeVerify(report: VerifyReport): string[] {
  const lines = [
    report.ok
      ? `SiteDesk verify: OK — integrity ${report.integrity}, ${report.auditRows} audit rows, ${report.ledgerRows} ledger rows checked`
      : `SiteDesk verify: FAILED — first bad row: ${describeProblem(report)}`,
  ];
  if (report.head) lines.push(`  台账指纹 ledger fingerprint now: ${report.head.fingerprint}`);
  const s = report.seals;
  const legacy =
    s.legacy > 0 ? `; ${s.legacy} rows (to #${s.legacyThrough}) written before sealing began, unsealed` : '';
  const foreign = s.foreign > 0 ? `; ${s.foreign} rows sealed on another PC, not checked` : '';
  lines.push(
    s.checked
      ? `  seals: checked with this PC's key ${s.keyId}: ${s.sealed} sealed rows${legacy}${foreign}`
      : `  seals: NOT checked — ${sealNote(s.unavailable)}${legacy}`,
  );
  const held = report.witnesses.filter((w) => w.verdict === 'extends').length;
  lines.push(
    report.witnesses.length === 0
      ? '  witnesses: none found (no backups, no HQ acknowledgement, no --witness): only the ledger itself was checked'
      : `  witnesses: ${report.witnesses.length} checked, ${held} hold the ledger`,
  );
  for (const w of report.witnesses) {
    if (w.verdict === 'extends') continue;
    const where = w.firstBadId === null ? '' : ` — first row that disagrees: #${w.firstBadId}`;
    lines.push(
      `    ${WITNESS_VERDICT_LABELS[w.verdict].en}: ${WITNESS_KIND_LABELS[w.kind].en} ${w.label}: ${w.detail}${where}`,
    );
  }
  return lines;
}

function sealNote(why: VerifyReport['seals']['unavailable']): string {
  switch (why) {
    case 'desktop-key':
      return "the desktop app keeps this PC's key; check with 校验台账 in the app (or pass --key FILE)";
    case 'unreadable-key':
      return "this PC's key file cannot be read";
    case 'no-desk':
    case 'no-key':
    case null:
      return 'no key on this PC (pass --key FILE)';
  }
}
