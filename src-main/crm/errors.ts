import { AppError } from '../contract/errors';

/**
 * A mapping the user asked for cannot be built: an unknown field or outcome,
 * a header that is not in the file, a field claimed twice. The message lists
 * the valid choices so the CLI and the dry-run screen can show it as is.
 */
export class MappingError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('invalid_input', message, details);
    this.name = 'MappingError';
  }
}
