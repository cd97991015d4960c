/**
 * How a job's candidate scores spread: one bar per score range (Recharts),
 * the axis fitted to the scores (score-histogram.ts). Picking a bar — a
 * click, or Left/Right then Enter/Space with the chart focused — narrows the
 * candidates to those scoring at least its lower edge; the threshold line at
 * the current minimum can be dragged, snapping to bar edges. Bars below the
 * minimum are greyed.
 */
import { memo, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { Bar, BarChart, CartesianGrid, Rectangle, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { ScoreHistogram } from '../../../../src-main/contract/dto';
import { formatCount } from '../../lib/format';
import { barAt, barLabel, fitHistogram, formatAxisCount, formatScore, moveBarIndex, scoreTicks, yAxisWidth } from './score-histogram';

interface Props {
  /** Fine bins over [0, 1] (FINE_BINS of them); the chart fits its own bars. */
  histogram: ScoreHistogram;
  /** Bins starting below this are shown as filtered out. */
  minScore?: number;
  /** A bar was picked (or the threshold dropped on one): its lower edge. */
  onPickBin?: (from: number) => void;
}

// Memoised: the candidates panel re-renders on every page, tick and fetch, and redrawing the chart each time cost
// tens of milliseconds of main thread (issue 11's bench).
export const ScoreHistogramChart = memo(function ScoreHistogramChart({ histogram, minScore = 0, onPickBin }: Props) {
  const bars = useMemo(() => fitHistogram(histogram.bins), [histogram.bins]);
  const data = useMemo(() => bars.map((b) => ({ ...b, mid: (b.from + b.to) / 2, range: `${formatScore(b.from)}–${formatScore(b.to)}` })), [bars]);
  const ticks = useMemo(() => scoreTicks(bars), [bars]);
  const total = bars.reduce((n, b) => n + b.count, 0);
  const maxCount = bars.reduce((n, b) => Math.max(n, b.count), 0);
  // Recharts rounds the y domain up to nice ticks; the widest label is at most the top one, a step above the tallest bar.
  const yWidth = yAxisWidth([formatAxisCount(maxCount * 1.25)]);
  const domainFrom = bars[0]?.from ?? 0;
  const domainTo = bars[bars.length - 1]?.to ?? 1;

  // The keyboard's bar: shown with a focus ring while the chart has focus.
  const [active, setActive] = useState(() => barAt(bars, minScore));
  const [focused, setFocused] = useState(false);
  useEffect(() => setActive((i) => Math.min(i, Math.max(0, bars.length - 1))), [bars.length]);
  // While the threshold is dragged: the bar edge it would drop on.
  const [dragTo, setDragTo] = useState<number | null>(null);
  useEffect(() => {
    if (dragTo === null) return;
    const drop = () => {
      setDragTo(null);
      onPickBin?.(dragTo);
    };
    window.addEventListener('mouseup', drop);
    return () => window.removeEventListener('mouseup', drop);
  }, [dragTo, onPickBin]);

  const threshold = dragTo ?? minScore;
  // At the left edge while nothing below the bars is filtered out, so there is always a line to drag.
  const thresholdX = Math.min(domainTo, Math.max(domainFrom, threshold));
  // A bar is kept when any of it can pass the filter (its upper edge is above the minimum).
  const kept = (i: number) => bars[i]!.to > threshold;
  const shape = (props: BarShapeProps) => {
    const ringed = focused && props.index === active;
    const bar = bars[props.index];
    return (
      <g role="img" aria-label={bar ? barLabel(bar, formatCount) : undefined} data-testid="histogram-bar">
        <Rectangle {...props} fill={kept(props.index) ? 'var(--color-accent)' : 'var(--color-border)'} cursor={onPickBin ? 'pointer' : undefined} />
        {ringed && (
          <rect
            className="histogram__focus-ring"
            data-testid="histogram-focused-bar"
            x={(props.x ?? 0) - 2}
            y={Math.min(props.y ?? 0, (props.y ?? 0) + (props.height ?? 0)) - 2}
            width={(props.width ?? 0) + 4}
            height={Math.abs(props.height ?? 0) + 4}
            rx={2}
          />
        )}
      </g>
    );
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!onPickBin || bars.length === 0) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onPickBin(bars[active]!.from);
      return;
    }
    const next = moveBarIndex(active, e.key, bars.length);
    if (next !== active || ['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) {
      e.preventDefault();
      setActive(next);
    }
  };
  const activeLabel = bars[active] ? barLabel(bars[active], formatCount) : '';

  return (
    <figure className="histogram" data-testid="score-histogram" aria-label={`Score distribution of ${formatCount(total)} candidates`}>
      <figcaption className="histogram__caption">Score distribution{onPickBin ? ' — pick a bar to show scores from there up' : ''}</figcaption>
      <div
        className={`histogram__plot${dragTo !== null ? ' histogram__plot--dragging' : ''}`}
        data-testid="score-histogram-plot"
        role={onPickBin ? 'group' : undefined}
        tabIndex={onPickBin ? 0 : undefined}
        aria-label={onPickBin ? 'Score bars: Left and Right move between bars, Enter picks scores from there up' : undefined}
        aria-describedby={onPickBin ? 'score-histogram-active' : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        <ResponsiveContainer width="100%" height={160}>
          <BarChart
            data={data}
            margin={{ top: 4, right: 16, bottom: 0, left: 4 }}
            barCategoryGap={1}
            onMouseMove={(state) => {
              if (dragTo === null || state.activeTooltipIndex === undefined) return;
              const bar = bars[Number(state.activeTooltipIndex)];
              if (bar) setDragTo(bar.from);
            }}
          >
            <CartesianGrid vertical={false} stroke="var(--color-border)" />
            <XAxis
              dataKey="mid"
              type="number"
              domain={[domainFrom, domainTo]}
              ticks={ticks}
              tickFormatter={formatScore}
              allowDataOverflow
              tick={{ fontSize: 11 }}
            />
            <YAxis allowDecimals={false} width={yWidth} tick={{ fontSize: 11 }} tickFormatter={formatAxisCount} />
            <Tooltip formatter={(value) => [formatCount(Number(value)), 'Candidates']} labelFormatter={(_, payload) => `Score ${String(payload?.[0]?.payload?.range ?? '')}`} />
            <Bar dataKey="count" fill="var(--color-accent)" isAnimationActive={false} shape={shape} onClick={(_, index) => onPickBin?.(bars[index]!.from)} />
            {onPickBin && bars.length > 0 && (
              <ReferenceLine
                x={thresholdX}
                className="histogram__threshold"
                stroke="var(--color-text)"
                strokeWidth={2}
                strokeDasharray="4 2"
                shape={(props: { x1?: number; y1?: number; y2?: number }) => (
                  <g
                    className="histogram__threshold-handle"
                    data-testid="histogram-threshold"
                    onMouseDown={(e) => {
                      e.preventDefault();
                      setDragTo(minScore);
                    }}
                  >
                    {/* A wide, invisible grip around the thin line. */}
                    <rect x={(props.x1 ?? 0) - 6} y={Math.min(props.y1 ?? 0, props.y2 ?? 0)} width={12} height={Math.abs((props.y2 ?? 0) - (props.y1 ?? 0))} fill="transparent" />
                    <line x1={props.x1} x2={props.x1} y1={props.y1} y2={props.y2} stroke="var(--color-text)" strokeWidth={2} strokeDasharray="4 2" />
                  </g>
                )}
              />
            )}
          </BarChart>
        </ResponsiveContainer>
        <p id="score-histogram-active" className="visually-hidden" aria-live="polite" data-testid="score-histogram-active">
          {focused ? activeLabel : ''}
        </p>
      </div>
      <table className="visually-hidden" data-testid="score-histogram-table">
        <caption>Candidates per score range</caption>
        <tbody>
          {data.map((d) => (
            <tr key={d.range}>
              <th scope="row">{d.range}</th>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
});
