/**
 * The seed diagnostics of a job's examples, in words: how alike they are
 * (cohesion), which look unlike the rest (outliers, named), and which fields
 * alone tell them apart almost perfectly — suspected outcome leaks, each
 * with a checkbox to leave it out. Used before a job (New job form, "Check
 * the examples") and on a finished job (DiagnosticsNotice), so both read the
 * same.
 */
import type { SeedDiagnosticsDto } from '../../../../src-main/contract/dto';
import '../../styles/compact-table.css';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Whether the diagnostics call for action (a leak, examples too few or too broad): shown as a warning, not a note. */
export function diagnosticsWarn(d: SeedDiagnosticsDto): boolean {
  return d.leaks.length > 0 || d.advice.some((a) => a.kind === 'too_few' || a.kind === 'broad' || a.kind === 'most_of_workspace');
}

/** The notice's colours: warning or information. */
export const diagnosticsTone = (d: SeedDiagnosticsDto) => (diagnosticsWarn(d) ? 'coverage-notice' : 'backtest-notice');

interface Props {
  diagnostics: SeedDiagnosticsDto;
  /** The removable leaks the analyst ticked to leave out. */
  leaveOut: ReadonlySet<string>;
  onToggleLeaveOut: (key: string) => void;
  idPrefix: string;
}

export function SeedDiagnosticsView({ diagnostics: d, leaveOut, onToggleLeaveOut, idPrefix }: Props) {
  const against = d.leaks[0]?.against === 'lost' ? 'lost records' : 'others';
  return (
    <>
      <p className="seed-diagnostics__summary" data-testid="seed-cohesion">
        {d.examples.toLocaleString('en-US')} examples
        {d.cohesion !== null && (
          <>
            {' '}
            · cohesion <strong>{d.cohesion.toFixed(2)}</strong> <span className="seed-diagnostics__muted">(0.50 is random, 1.00 tight)</span>
          </>
        )}
      </p>
      {d.advice.map((a) => (
        <p key={a.kind} className={`seed-diagnostics__advice seed-diagnostics__advice--${a.kind}`} data-testid={`seed-advice-${a.kind}`}>
          {a.text}
        </p>
      ))}
      {d.sourceFields.length > 0 && (
        <p className="seed-diagnostics__muted">Left out because the segment is defined by them: {d.sourceFields.join(', ')}.</p>
      )}
      {d.outlierCount > 0 && (
        <details className="seed-diagnostics__outliers" data-testid="seed-outliers">
          <summary>
            {d.outlierCount === 1 ? '1 example looks' : `${d.outlierCount.toLocaleString('en-US')} examples look`} unlike the others — check they belong
          </summary>
          {/* Focusable: the list scrolls, and keyboard users must be able to scroll it. */}
          <ul tabIndex={0} aria-label="Examples unlike the others">
            {d.outliers.map((o) => (
              <li key={o.id}>
                {o.name} <span className="seed-diagnostics__muted">(#{o.id}; less like the others than {percent(1 - o.likeness)} of the records)</span>
              </li>
            ))}
            {d.outlierCount > d.outliers.length && <li className="seed-diagnostics__muted">and {d.outlierCount - d.outliers.length} more</li>}
          </ul>
        </details>
      )}
      {d.leaks.length > 0 && (
        <div className="seed-diagnostics__leaks" data-testid="seed-leaks">
          <p id={`${idPrefix}-leaks`} className="seed-diagnostics__leaks-title">
            Suspected outcome leaks: each field alone tells the examples from the {against} almost perfectly, so it may record the outcome itself
            and finds no new ones.
          </p>
          <table className="compact-table" aria-labelledby={`${idPrefix}-leaks`}>
            <thead>
              <tr>
                <th scope="col">Leave out</th>
                <th scope="col">Field</th>
                <th scope="col">Separation</th>
                <th scope="col">Telling value</th>
                <th scope="col">Examples</th>
                <th scope="col">{against === 'lost records' ? 'Lost' : 'Others'}</th>
              </tr>
            </thead>
            <tbody>
              {d.leaks.map((l) => (
                <tr key={l.key}>
                  <td>
                    {l.removable ? (
                      <input
                        type="checkbox"
                        checked={leaveOut.has(l.key)}
                        onChange={() => onToggleLeaveOut(l.key)}
                        aria-label={`Leave out ${l.label}`}
                      />
                    ) : (
                      <span className="seed-diagnostics__muted" title="A standard field is always used">—</span>
                    )}
                  </td>
                  <th scope="row">
                    {l.label}
                    {!l.removable && <span className="coverage-notice__kind"> (standard field, always used)</span>}
                  </th>
                  <td>{l.separation.toFixed(3)}</td>
                  <td>{l.value}</td>
                  <td>{percent(l.examplesShare)}</td>
                  <td>{percent(l.othersShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {d.leaks.length === 0 && d.examples >= 10 && <p className="seed-diagnostics__muted">No field alone tells the examples apart: no outcome leak suspected.</p>}
    </>
  );
}
