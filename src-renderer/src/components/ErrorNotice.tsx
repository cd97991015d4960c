/** An API failure shown where the data would have been, with its code and a retry. */
import type { AppError } from '../../../src-main/contract/errors';
import './ErrorNotice.css';

interface Props {
  title: string;
  error: AppError;
  onRetry?: () => void;
}

export function ErrorNotice({ title, error, onRetry }: Props) {
  return (
    <div className="error-notice" role="alert" data-testid="error-notice">
      <div>
        <p className="error-notice__title">{title}</p>
        <p className="error-notice__message">
          {error.message} <span className="error-notice__code">({error.code})</span>
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
