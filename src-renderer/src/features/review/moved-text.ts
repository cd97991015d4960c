/** How "What moved" words a record's change of standing. Pure, for the tests. */
import type { MovedRecordDto } from '../../../../src-main/contract/dto';

/** "12 (0.81)", or what stood in for a rank. */
export function standingText(rank: number | null, score: number | null, nowExample = false, leftOut = false): string {
  if (rank !== null && score !== null) return `${rank.toLocaleString('en-US')} (${score.toFixed(3)})`;
  if (leftOut) return 'left out: not a fit';
  return nowExample ? 'now an example' : 'not kept';
}

/** "▲ 32", "▼ 5", "new", "dropped", "now an example", "left out" or "same". */
export function changeText(r: Pick<MovedRecordDto, 'oldRank' | 'newRank' | 'nowExample'> & Partial<Pick<MovedRecordDto, 'leftOut'>>): string {
  if (r.nowExample) return 'now an example';
  if (r.leftOut) return 'left out';
  if (r.oldRank === null && r.newRank === null) return 'not ranked';
  if (r.oldRank === null) return 'new';
  if (r.newRank === null) return 'dropped';
  const d = r.oldRank - r.newRank;
  if (d === 0) return 'same';
  return d > 0 ? `up ${d.toLocaleString('en-US')}` : `down ${(-d).toLocaleString('en-US')}`;
}
