/**
 * The one way the window shows something that went wrong: an API failure
 * (its message and code) where the data would have been, with a retry; or,
 * `inline`, a one-line alert beside the control that failed (a form's
 * answer, an export). Takes whatever was thrown; a mistake in what the user
 * typed (`invalid_input`) is shown without its code.
 */
import { toAppError } from '../lib/app-error';
import './ErrorNotice.css';

interface Props {
  /** What failed, in the user's words; inline notices may go without. */
  title?: string;
  error: unknown;
  onRetry?: () => void;
  inline?: boolean;
  testId?: string;
}

export function ErrorNotice({ title, error, onRetry, inline = false, testId = 'error-notice' }: Props) {
  const { message, code } = toAppError(error);
  const codeText = code === 'invalid_input' ? null : <span className="error-notice__code">({code})</span>;
  if (inline) {
    return (
      <span className="error-notice error-notice--inline" role="alert" data-testid={testId}>
        {title && <strong className="error-notice__title">{title}: </strong>}
        {message} {codeText}
      </span>
    );
  }
  return (
    <div className="error-notice" role="alert" data-testid={testId}>
      <div>
        {title && <p className="error-notice__title">{title}</p>}
        <p className="error-notice__message">
          {message} {codeText}
        </p>
      </div>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
