import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/domain/errors';

/** The first issues of a failed validation, as one line a person can read. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`)
    .join('; ');
}

/**
 * A reference for an unexpected failure: the answer carries it instead of the exception's text
 * (which may name files, columns or code), the log carries both.
 */
export function incidentRef(): string {
  return randomBytes(4).toString('hex').toUpperCase();
}

/**
 * Maps what a handler threw to a refusal. The ledger's own refusals keep their reason (the rules'
 * words, written in the migrations); anything unexpected answers INTERNAL with a reference only.
 */
export function toAppError(error: unknown, ref: string = incidentRef()): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new AppError('LEDGER_REFUSED', { reason: message });
  }
  if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))) {
    return new AppError('LEDGER_BUSY');
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) return new AppError('LEDGER_READ_ONLY');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new AppError('DISK_FULL');
  if (typeof code === 'string' && (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN'))) {
    return new AppError('DISK_ERROR', { reason: code });
  }
  return new AppError('INTERNAL', { reason: `ref ${ref}` });
}
