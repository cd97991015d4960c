/**
 * "Check the examples" in the new-job form: the seed diagnostics of the
 * chosen source (how alike the examples are, which look out of place, which
 * fields may record the outcome itself), with the suspected leaks ticked to
 * be left out of the job's features. `useExamplesCheck` holds the check and
 * its leave-outs; a check belongs to the source it ran on, so choosing
 * another source drops both.
 */
import { useState } from 'react';
import type { SeedDiagnosticsDto } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { sourceRefOf } from './job-sources';
import { diagnosticsTone, SeedDiagnosticsView } from './SeedDiagnosticsView';
import { toggled } from '../../lib/toggled';

type Check = { kind: 'busy'; source: string } | { kind: 'done'; source: string; diagnostics: SeedDiagnosticsDto } | { kind: 'error'; source: string; error: unknown };

export interface ExamplesCheckState {
  /** The check of the chosen source, if one was run. */
  shown: Check | null;
  leaveOut: ReadonlySet<string>;
  /** The fields a job started now leaves out (the ticked leaks of a finished check). */
  ignoreFields: string[];
  /** Runs the check; `resolve` gives the source as saved (an outcome is saved as its segment first). */
  run: (resolve: () => Promise<string>) => Promise<void>;
  toggle: (key: string) => void;
}

export function useExamplesCheck(source: string): ExamplesCheckState {
  const api = useApi();
  const [check, setCheck] = useState<Check | null>(null);
  const [leaveOut, setLeaveOut] = useState<ReadonlySet<string>>(new Set());
  const shown = check && check.source === source ? check : null;
  return {
    shown,
    leaveOut,
    ignoreFields: shown?.kind === 'done' ? [...leaveOut] : [],
    async run(resolve) {
      let checked = source;
      setCheck({ kind: 'busy', source: checked });
      try {
        checked = await resolve();
        setCheck({ kind: 'busy', source: checked });
        const diagnostics = await api['jobs.check']({ source: sourceRefOf(checked) });
        setLeaveOut(new Set(diagnostics.leaks.filter((l) => l.removable).map((l) => l.key)));
        setCheck({ kind: 'done', source: checked, diagnostics });
      } catch (e) {
        setCheck({ kind: 'error', source: checked, error: e });
      }
    },
    toggle: (key) => setLeaveOut((prev) => toggled(prev, key)),
  };
}

interface Props {
  check: ExamplesCheckState;
  /** Whether a source is chosen (the button waits for one). */
  canRun: boolean;
  onRun: () => void;
  idPrefix: string;
}

export function ExamplesCheck({ check, canRun, onRun, idPrefix }: Props) {
  const shown = check.shown;
  return (
    <div className="new-job__check-examples" data-testid="check-examples">
      <p className="coverage-notice__actions">
        <button type="button" className="button" onClick={onRun} disabled={!canRun || shown?.kind === 'busy'}>
          {shown?.kind === 'busy' ? 'Checking the examples…' : shown?.kind === 'done' ? 'Check again' : 'Check the examples'}
        </button>
        <span className="field__hint">How alike they are, which look out of place, and which fields may record the outcome itself.</span>
      </p>
      {shown?.kind === 'busy' && (
        <p role="status" className="field__hint">
          Reading the examples (a first check embeds the workspace, as a job would)…
        </p>
      )}
      {shown?.kind === 'error' && <ErrorNotice title="Could not check the examples" error={shown.error} />}
      {shown?.kind === 'done' && (
        <div className={`job-notice seed-diagnostics ${diagnosticsTone(shown.diagnostics)}`} role="region" aria-label="Check of the examples" data-testid="seed-diagnostics">
          <SeedDiagnosticsView diagnostics={shown.diagnostics} leaveOut={check.leaveOut} onToggleLeaveOut={check.toggle} idPrefix={idPrefix} />
          {shown.diagnostics.leaks.some((l) => l.removable) && (
            <p className="field__hint" data-testid="leave-out-summary">
              {check.leaveOut.size === 0 ? 'Every field is used.' : `Start leaves out ${[...check.leaveOut].map((k) => `“${k}”`).join(', ')}.`}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
