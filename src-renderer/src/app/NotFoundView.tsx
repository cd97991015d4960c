/** An address the app does not know (a mistyped or old bookmark). */
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState';
import { paths } from './paths';
import { useViewTitle } from './view-title';

export function NotFoundView() {
  useViewTitle('Not found');
  return (
    <div className="page">
      <EmptyState title="Nothing at this address" testId="not-found">
        <p>
          The address may be mistyped or from an older version. <Link to={paths.overview()}>Go to the overview</Link>.
        </p>
      </EmptyState>
    </div>
  );
}
