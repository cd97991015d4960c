/**
 * How an import ended (import-ending.ts): the counts when rows came in; a
 * file with no data rows, or whose every row was rejected, said plainly by
 * name with its rejected rows shown; a stopped import as stopped.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ImportProgressEvent } from '../../../../src-main/contract/dto';
import { AppError } from '../../../../src-main/contract/errors';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../lib/format';
import { paths } from '../../app/paths';
import { wonLeadsSource } from '../jobs/outcome-sources';
import { fieldValuesQuery, segmentsQuery } from '../segments/queries';
import { importEnding } from './import-ending';
import { importsListQuery } from './queries';
import { byKeyText } from './record-keys';
import { RejectsPanel } from './RejectsPanel';

export function ImportEnded({ event }: { event: ImportProgressEvent }) {
  const ending = importEnding(event);
  if (ending.kind === 'failed') return <ErrorNotice error={new AppError('import_failed', ending.text)} />;
  if (ending.kind === 'stopped' || ending.kind === 'header-only') {
    return (
      <p className={`import-panel__ended import-panel__ended--${ending.kind}`} role="status">
        {ending.text}
      </p>
    );
  }
  if (ending.kind === 'all-rejected') {
    return (
      <>
        <p className="import-panel__ended import-panel__ended--all-rejected" role="status">
          {ending.text}
        </p>
        {event.batchId !== null && <EndedRejects batchId={event.batchId} />}
      </>
    );
  }
  const c = event.counts!;
  return (
    <>
      <p className="import-panel__done" role="status">
        Imported {event.file}: {formatCount(c.imported)} new, {formatCount(c.updated)} updated
        {c.updated > 0 && c.updatedBy ? ` (${byKeyText(c.updatedBy)})` : ''}, {formatCount(c.unchanged)} unchanged
        {c.rejected > 0 ? `, ${formatCount(c.rejected)} rejected (select the import below to see them)` : ''}.
        {c.warnings ? (
          <span className="import-panel__warnings" data-testid="import-warnings">
            {' '}
            {formatCount(c.warnings)} {c.warnings === 1 ? 'value was' : 'values were'} kept with a warning (a value that did not parse, or bytes the
            file’s encoding cannot read, stored as �); select the import below to see each with its row.
          </span>
        ) : null}
      </p>
      <NextStep />
    </>
  );
}

/** The step after an import with won leads: find more like them (Find lookalikes, its source chosen). */
function NextStep() {
  const api = useApi();
  const outcomes = useQuery(fieldValuesQuery(api, 'leads', 'outcome', ''));
  const segments = useQuery(segmentsQuery(api));
  const won = outcomes.data && segments.data ? wonLeadsSource(outcomes.data, segments.data) : null;
  if (!won) return null;
  return (
    <p className="import-panel__next">
      <Link className="button button--primary" to={paths.newJob(won.value)} data-testid="import-next-step">
        Find lookalikes of the {formatCount(won.count)} won {won.count === 1 ? 'lead' : 'leads'}
      </Link>
    </p>
  );
}

/** The rejected rows of the batch that just ended, once the history has read it. */
function EndedRejects({ batchId }: { batchId: number }) {
  const api = useApi();
  const batch = useQuery(importsListQuery(api)).data?.find((b) => b.id === batchId);
  return batch ? <RejectsPanel batch={batch} embedded /> : null;
}
