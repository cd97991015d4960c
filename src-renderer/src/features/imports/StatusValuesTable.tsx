/**
 * The status column's values, how many of the first rows hold each, and the
 * outcome each becomes; each can be remapped to another outcome or ignored
 * (its rows then get no outcome from their status).
 */
import { OUTCOMES, type ImportPreviewDto, type OutcomeChoice } from '../../../../src-main/contract/dto';
import { formatCount } from '../../lib/format';

const IGNORE: OutcomeChoice = 'ignore';

interface Props {
  preview: ImportPreviewDto;
  busy: boolean;
  onChoose: (value: string, choice: OutcomeChoice) => void;
}

export function StatusValuesTable({ preview, busy, onChoose }: Props) {
  const status = preview.statusValues;
  if (!status || status.values.length === 0) return null;
  return (
    <section className="import-panel__outcomes" aria-labelledby="import-outcomes-heading">
      <h4 id="import-outcomes-heading" className="import-panel__subheading">
        Outcomes from “{status.column}”
      </h4>
      <p className="panel__subtitle">
        Each value of the column in the first {formatCount(status.rowsSampled)} rows and the outcome its rows get; change any that the importer
        read wrongly.
      </p>
      <div className="import-panel__columns import-panel__columns--short">
        <table className="import-panel__table" data-testid="import-status-values">
          <caption className="visually-hidden">Status values and their outcomes</caption>
          <thead>
            <tr>
              <th scope="col">Value</th>
              <th scope="col" className="import-panel__count">
                Rows
              </th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {status.values.map((v) => (
              <tr key={v.value} data-testid="import-status-value">
                <th scope="row">{v.value}</th>
                <td className="import-panel__count">{formatCount(v.rows)}</td>
                <td>
                  <select
                    className="control"
                    value={v.outcome ?? IGNORE}
                    aria-label={`Outcome for ${v.value}`}
                    disabled={busy}
                    onChange={(e) => onChoose(v.value, e.target.value as OutcomeChoice)}
                  >
                    {OUTCOMES.map((o) => (
                      <option key={o} value={o}>
                        {o}
                      </option>
                    ))}
                    <option value={IGNORE}>ignore (no outcome)</option>
                  </select>
                  {v.remapped && <span className="import-panel__reason">your choice</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
