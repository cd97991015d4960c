/**
 * "Score at least": narrows a job's candidates to those scoring at least a
 * minimum (0–1). The typed text is kept as typed and applied once it is a
 * number in range, so "0." on the way to "0.85" does not jump the table.
 */
import { useEffect, useState } from 'react';

export function ScoreFilter({ value, onChange }: { value: number; onChange: (minScore: number) => void }) {
  const [text, setText] = useState(value ? String(value) : '');
  // A bin picked in the histogram sets the value from outside.
  useEffect(() => {
    setText((t) => (Number(t) === value || (t === '' && value === 0) ? t : String(value)));
  }, [value]);
  const parsed = text.trim() === '' ? 0 : Number(text);
  const valid = Number.isFinite(parsed) && parsed >= 0 && parsed <= 1;

  return (
    <span className="score-filter">
      <label className="field field--inline">
        <span className="field__label">Score at least</span>
        <input
          type="number"
          inputMode="decimal"
          min={0}
          max={1}
          step={0.05}
          value={text}
          placeholder="0"
          aria-invalid={!valid}
          aria-describedby={valid ? undefined : 'score-filter-error'}
          onChange={(e) => {
            setText(e.target.value);
            const n = e.target.value.trim() === '' ? 0 : Number(e.target.value);
            if (Number.isFinite(n) && n >= 0 && n <= 1) onChange(n);
          }}
        />
      </label>
      {!valid && (
        <span id="score-filter-error" className="score-filter__error" role="alert">
          A score is between 0 and 1.
        </span>
      )}
      {value > 0 && (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => {
            setText('');
            onChange(0);
          }}
        >
          Show all
        </button>
      )}
    </span>
  );
}
