/** Anything thrown, as the AppError the one error display shows (code and message). */
import { AppError } from '../../../src-main/contract/errors';

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('internal', error instanceof Error ? error.message : String(error));
}
