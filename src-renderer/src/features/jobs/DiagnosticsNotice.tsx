/**
 * A finished job's seed diagnostics (SeedDiagnosticsView), shown when there
 * is something to act on: a suspected outcome leak, outlying examples, or
 * examples too few or too broad. Offers to run the job again without the
 * leaks ticked (all removable ones, at first).
 */
import { useState } from 'react';
import type { SeedDiagnosticsDto } from '../../../../src-main/contract/dto';
import { RerunOutcome, useJobRerun } from './JobRerun';
import { diagnosticsTone, SeedDiagnosticsView } from './SeedDiagnosticsView';
import { toggled } from '../../lib/toggled';

/** Whether the diagnostics hold anything the analyst should see beside the candidates. */
export function diagnosticsWorthShowing(d: SeedDiagnosticsDto): boolean {
  return d.leaks.length > 0 || d.outlierCount > 0 || d.advice.some((a) => a.kind !== 'cohesive');
}

export function DiagnosticsNotice({ jobId, diagnostics }: { jobId: number; diagnostics: SeedDiagnosticsDto }) {
  const { state, rerun: rerunWith, started } = useJobRerun(jobId);
  const [leaveOut, setLeaveOut] = useState<ReadonlySet<string>>(() => new Set(diagnostics.leaks.filter((l) => l.removable).map((l) => l.key)));

  const toggle = (key: string) => setLeaveOut((prev) => toggled(prev, key));

  const rerun = () => void rerunWith({ ignoreFields: [...leaveOut] });

  return (
    <div
      className={`job-notice seed-diagnostics ${diagnosticsTone(diagnostics)}`}
      role="note"
      aria-labelledby={`diagnostics-${jobId}`}
      data-testid="diagnostics-notice"
    >
      <p id={`diagnostics-${jobId}`} className="coverage-notice__title">
        Check of the examples
      </p>
      <SeedDiagnosticsView diagnostics={diagnostics} leaveOut={leaveOut} onToggleLeaveOut={toggle} idPrefix={`diagnostics-${jobId}`} />
      {diagnostics.leaks.some((l) => l.removable) && (
        <p className="coverage-notice__actions">
          <button type="button" className="button" onClick={rerun} disabled={leaveOut.size === 0 || started}>
            Run again without {leaveOut.size === 1 ? `“${[...leaveOut][0]}”` : `the ${leaveOut.size} fields ticked`}
          </button>
          <RerunOutcome state={state} />
        </p>
      )}
    </div>
  );
}
