/**
 * Errors are data at the boundary: services throw AppError, dispatch answers
 * with a Result envelope, and the renderer rebuilds an AppError from it.
 * This module imports nothing from node, electron or sqlite so the renderer
 * can share it.
 */
export type AppErrorCode =
  | 'invalid_input' // payload failed its schema, or a value the user gave is unusable
  | 'not_found'
  | 'conflict'
  | 'file_error' // a file could not be read or is not a CSV
  | 'import_failed' // an import was rolled back
  | 'workspace_refused' // a database made by a newer version, or with edited migrations
  | 'cancelled'
  | 'forbidden' // the caller may not use the API (web host token missing or wrong), or asked for a file the user did not choose
  | 'internal';

export interface AppErrorData {
  code: AppErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: AppErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toData(): AppErrorData {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };
