/** How a job's candidate scores spread: one bar per score bin (Recharts). */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScoreHistogram } from '../../../../src-main/contract/dto';
import { formatCount } from '../../lib/format';

export function ScoreHistogramChart({ histogram }: { histogram: ScoreHistogram }) {
  const data = histogram.bins.map((b) => ({ label: b.from.toFixed(2), range: `${b.from.toFixed(2)}–${b.to.toFixed(2)}`, count: b.count }));
  const total = histogram.bins.reduce((n, b) => n + b.count, 0);
  return (
    <figure className="histogram" data-testid="score-histogram" aria-label={`Score distribution of ${formatCount(total)} candidates`}>
      <figcaption className="histogram__caption">Score distribution</figcaption>
      <ResponsiveContainer width="100%" height={160}>
        <BarChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="var(--color-border)" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={1} />
          <YAxis allowDecimals={false} width={40} tick={{ fontSize: 11 }} />
          <Tooltip
            formatter={(value) => [formatCount(Number(value)), 'Candidates']}
            labelFormatter={(_, payload) => `Score ${payload?.[0]?.payload?.range ?? ''}`}
          />
          <Bar dataKey="count" fill="var(--color-accent)" isAnimationActive={false} />
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
