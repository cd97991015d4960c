/**
 * Says when a job's examples have fields most other records lack: every
 * other record scores low on them, and a field filled in only for the
 * examples often records the outcome itself (a closed deal's segment and
 * type exist only for deals that closed). Offers to run the job again
 * without the extra columns among them.
 */
import type { CoverageGapDto, Entity } from '../../../../src-main/contract/dto';
import { RerunOutcome, useJobRerun } from './JobRerun';
import '../../styles/compact-table.css';

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function CoverageNotice({ jobId, entity, gaps }: { jobId: number; entity: Entity; gaps: CoverageGapDto[] }) {
  const { state, rerun: rerunWith, started } = useJobRerun(jobId);
  const extras = gaps.filter((g) => g.kind === 'extra');
  const others = entity === 'leads' ? 'leads' : 'companies';

  const rerun = () => void rerunWith({ ignoreFields: extras.map((g) => g.field) });

  return (
    <div className="job-notice coverage-notice" role="note" aria-labelledby={`coverage-${jobId}`} data-testid="coverage-notice">
      <p id={`coverage-${jobId}`} className="coverage-notice__title">
        The examples have fields most other {others} lack
      </p>
      <p className="coverage-notice__text">
        Every other record scores low on them. A field filled in only for the examples may record the outcome itself (a closed
        deal’s details), so leaving it out can find better lookalikes.
      </p>
      <table className="compact-table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Examples with it</th>
            <th scope="col">Other {others} with it</th>
          </tr>
        </thead>
        <tbody>
          {gaps.map((g) => (
            <tr key={`${g.kind}:${g.field}`}>
              <th scope="row">
                {g.label}
                {g.kind === 'field' && <span className="coverage-notice__kind"> (standard field, always used)</span>}
              </th>
              <td>{percent(g.examples)}</td>
              <td>{percent(g.others)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {extras.length > 0 && (
        <p className="coverage-notice__actions">
          <button type="button" className="button" onClick={rerun} disabled={started}>
            Run again without {extras.length === 1 ? `“${extras[0]!.label}”` : `these ${extras.length} extra fields`}
          </button>
          <RerunOutcome state={state} />
        </p>
      )}
    </div>
  );
}
