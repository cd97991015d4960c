/**
 * How a job ranked its candidates and how well that ranking finds examples it
 * was not shown: the strategy used (and, for `auto`, that it was chosen and
 * why), the job's backtest in a sentence, and for `auto` each strategy it
 * compared. The backtest runs after the candidates are saved, so a finished
 * job may show "Backtest running…" for a while.
 */
import type { JobDetailDto } from '../../../../src-main/contract/dto';
import '../../styles/compact-table.css';

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function BacktestNotice({ jobId, detail, running }: { jobId: number; detail: JobDetailDto | null; running: boolean }) {
  const strategy = detail?.strategy ?? null;
  const backtest = detail?.backtest ?? null;
  const titleId = `backtest-${jobId}`;
  if (!strategy && !backtest && !running) return null; // a job from before strategies: nothing to say

  return (
    <div className="job-notice backtest-notice" role="note" aria-labelledby={titleId} data-testid="backtest-notice">
      <p id={titleId} className="backtest-notice__title">
        {strategy ? (
          <>
            Ranked by <strong data-testid="strategy-used">{strategy.used}</strong>
            {strategy.requested === 'auto' ? (
              <span className="backtest-notice__why">
                {running && !backtest ? ' for now — auto is comparing the strategies on the examples' : ` — chosen by auto: ${strategy.why}`}
              </span>
            ) : null}
          </>
        ) : (
          'Ranking'
        )}
      </p>
      {running && !backtest ? (
        <p className="backtest-notice__text" role="status" data-testid="backtest-running">
          Backtest running… the candidates below may be re-ranked when it ends.
        </p>
      ) : backtest ? (
        <p className="backtest-notice__text" data-testid="backtest-summary">
          {backtest.summary} <span className="backtest-notice__muted">({backtest.folds} folds of {backtest.examples} examples.)</span>
        </p>
      ) : strategy ? (
        <p className="backtest-notice__text">No backtest: {strategy.why}.</p>
      ) : null}
      {backtest && backtest.comparison.length > 1 && (
        <table className="compact-table backtest-notice__table" data-testid="backtest-comparison">
          <caption className="visually-hidden">Strategies compared in the backtest, best first</caption>
          <thead>
            <tr>
              <th scope="col">Strategy</th>
              <th scope="col">AUC</th>
              <th scope="col">Found in top fifth</th>
            </tr>
          </thead>
          <tbody>
            {backtest.comparison.map((c) => (
              <tr key={c.strategy} className={c.strategy === strategy?.used ? 'backtest-notice__used' : undefined}>
                <th scope="row">
                  {c.strategy}
                  {c.strategy === strategy?.used && <span className="backtest-notice__muted"> (used)</span>}
                </th>
                <td>{c.auc.toFixed(2)}</td>
                <td>{percent(c.recallTop20)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
