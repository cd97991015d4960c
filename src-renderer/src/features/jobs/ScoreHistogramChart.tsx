/**
 * How a job's candidate scores spread: one bar per score bin (Recharts).
 * Picking a bar narrows the candidates to those scoring at least its lower
 * edge; bins below the current minimum are greyed.
 */
import { Bar, BarChart, CartesianGrid, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { ScoreHistogram } from '../../../../src-main/contract/dto';
import { formatCount } from '../../lib/format';

interface Props {
  histogram: ScoreHistogram;
  /** Bins starting below this are shown as filtered out. */
  minScore?: number;
  /** A bar was picked: its lower edge. */
  onPickBin?: (from: number) => void;
}

export function ScoreHistogramChart({ histogram, minScore = 0, onPickBin }: Props) {
  const data = histogram.bins.map((b) => ({ from: b.from, label: b.from.toFixed(2), range: `${b.from.toFixed(2)}–${b.to.toFixed(2)}`, count: b.count }));
  const total = histogram.bins.reduce((n, b) => n + b.count, 0);
  // A bin is kept when any of it can pass the filter (its upper edge is above the minimum).
  const kept = (i: number) => histogram.bins[i]!.to > minScore;
  const shape = (props: BarShapeProps) => (
    <Rectangle {...props} fill={kept(props.index) ? 'var(--color-accent)' : 'var(--color-border)'} cursor={onPickBin ? 'pointer' : undefined} />
  );
  return (
    <figure className="histogram" data-testid="score-histogram" aria-label={`Score distribution of ${formatCount(total)} candidates`}>
      <figcaption className="histogram__caption">Score distribution{onPickBin ? ' — pick a bar to show scores from there up' : ''}</figcaption>
      <ResponsiveContainer width="100%" height={160}>
        <BarChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="var(--color-border)" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={1} />
          <YAxis allowDecimals={false} width={40} tick={{ fontSize: 11 }} />
          <Tooltip
            formatter={(value) => [formatCount(Number(value)), 'Candidates']}
            labelFormatter={(_, payload) => `Score ${payload?.[0]?.payload?.range ?? ''}`}
          />
          <Bar
            dataKey="count"
            fill="var(--color-accent)"
            isAnimationActive={false}
            shape={shape}
            onClick={(_, index) => onPickBin?.(histogram.bins[index]!.from)}
          />
        </BarChart>
      </ResponsiveContainer>
      <table className="visually-hidden" data-testid="score-histogram-table">
        <caption>Candidates per score range</caption>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.range}</th>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
