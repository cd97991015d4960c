/**
 * `#/import`: import a CRM export, and what each import did. Opened with the
 * import panel already open when the first-run screen sent the user here.
 */
import { useLocation } from 'react-router';
import { useViewTitle } from '../../app/view-title';
import { ImportsSection } from './ImportsSection';

/** Router state that opens the import panel on arrival. */
export interface ImportViewState {
  startImport?: boolean;
}

export function ImportView() {
  const state = useLocation().state as ImportViewState | null;
  useViewTitle('Import');
  return (
    <div className="page" data-testid="import-view">
      <ImportsSection startImporting={state?.startImport === true} />
    </div>
  );
}
