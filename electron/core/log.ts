import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/domain/errors';
import { maskPhone } from '../../shared/domain/phone';
import { logsDir } from './paths';

/**
 * The desk's own record of what happened to it — start and stop, unexpected errors, failed
 * background jobs, backups, migrations — one line per event, kept in the data folder so a desk
 * PC's errors are still there after a restart. It never carries a call's input (names, phones,
 * PINs); the text it is given is kept to one line and any phone number in it masked.
 */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
  /** The event, then what went wrong: an error's name, message and where it was thrown. */
  error(message: string, error?: unknown): void;
}

export type LogLevel = 'INFO' | 'WARN' | 'ERROR';

/** Who writes: the desktop app, the web host or the CLI (they may share one data folder). */
export type LogSource = 'app' | 'web' | 'cli';

export const LOG_FILE_NAME = 'sitedesk.log';
/** A file is rotated before it grows past this; with LOG_FILES files the log stays under 5 MB. */
export const LOG_MAX_BYTES = 2 ** 20;
/** sitedesk.log and sitedesk.1.log … sitedesk.4.log, the highest number the oldest. */
export const LOG_FILES = 5;

export interface LogFileOptions {
  source: LogSource;
  maxBytes?: number;
  files?: number;
  now?: () => Date;
  /**
   * Where a failure to write the log itself is said, once until a line is written again;
   * stderr by default.
   */
  onWriteFailure?: (error: unknown) => void;
}

/** A log that writes nowhere, for a caller that was given none. */
export const NO_LOG: Log = { info() {}, warn() {}, error() {} };

/**
 * The log file of a data folder (<dataDir>/logs/sitedesk.log), rotated by size. Lines are
 * appended synchronously: the line about a crash is on disk before the process ends. Writing
 * the log never throws into the app.
 */
export function openLogFile(dataDir: string, options: LogFileOptions): Log & { file: string } {
  const dir = logsDir(dataDir);
  const file = path.join(dir, LOG_FILE_NAME);
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const files = options.files ?? LOG_FILES;
  const now = options.now ?? (() => new Date());
  let failed = false;

  const write = (level: LogLevel, message: string) => {
    const line = `${localIso(now())} ${level.padEnd(5)} ${options.source}[${process.pid}] ${oneLine(message)}\n`;
    try {
      fs.mkdirSync(dir, { recursive: true });
      const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate(file, files);
      fs.appendFileSync(file, line);
      failed = false;
    } catch (error) {
      if (failed) return;
      failed = true;
      (options.onWriteFailure ?? ((e) => console.error(`SiteDesk: cannot write ${file}`, e)))(error);
    }
  };

  return {
    file,
    info: (message) => write('INFO', message),
    warn: (message) => write('WARN', message),
    error: (message, error) =>
      write('ERROR', error === undefined ? message : `${message}: ${describeError(error)}`),
  };
}

/** The numbered name of an older file: sitedesk.log → sitedesk.2.log. */
export function rotatedName(file: string, n: number): string {
  return file.replace(/\.log$/, `.${n}.log`);
}

function rotate(file: string, files: number): void {
  fs.rmSync(rotatedName(file, files - 1), { force: true });
  for (let n = files - 2; n >= 1; n--) {
    const older = rotatedName(file, n);
    if (fs.existsSync(older)) fs.renameSync(older, rotatedName(file, n + 1));
  }
  if (files > 1) fs.renameSync(file, rotatedName(file, 1));
  else fs.rmSync(file, { force: true });
}

/** What went wrong, in one line: a refusal's code, or an error with the frames it came through. */
export function describeError(error: unknown): string {
  if (error instanceof AppError) return `${error.code}: ${error.message}`;
  if (!(error instanceof Error)) return String(error);
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(1)
    .map((frame) => frame.trim().replace(/^at /, ''))
    .filter((frame) => frame !== '')
    .slice(0, 5);
  return `${error.name}: ${error.message}${frames.length > 0 ? ` [${frames.join(' < ')}]` : ''}`;
}

const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const FIXED_LINE = /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g;

function oneLine(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ⏎ ')
    .replace(MOBILE, (phone) => maskPhone(phone))
    .replace(FIXED_LINE, (phone) => maskPhone(phone.replace('-', '')));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The desk's wall-clock time with its UTC offset: 2026-12-04T09:30:00.000+08:00. */
export function localIso(at: Date): string {
  const offset = -at.getTimezoneOffset();
  const wall = new Date(at.getTime() + offset * 60_000).toISOString().slice(0, 23);
  const sign = offset >= 0 ? '+' : '-';
  return `${wall}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
