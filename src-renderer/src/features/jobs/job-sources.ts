/**
 * What a job can start from and leave out, as the new-job form offers them:
 * the outcomes (every won lead…), campaigns, lists and segments, grouped,
 * each labelled with its size; and the lists and segments whose members a
 * job can leave out. `jobSourceOptions` is pure; `useJobSources` reads the
 * cached queries the Lists, Segments and Campaigns views read, so a list
 * filled or a segment saved shows in the form too.
 */
import { useQuery } from '@tanstack/react-query';
import type { CampaignSummary, FieldValuesDto, ListSummary, SegmentSummary, SourceKind, SourceRefDto } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { formatCount } from '../../lib/format';
import { campaignsListQuery } from '../campaigns/queries';
import { listsQuery } from '../lists/queries';
import { fieldValuesQuery, segmentsQuery } from '../segments/queries';
import type { QueuedSource } from './mutations';
import { outcomeSources, type OutcomeSource } from './outcome-sources';

export interface SourceOption {
  value: string;
  label: string;
  /** What the jobs table shows of it while the job is queued. */
  queued: QueuedSource;
}

export interface Exclusion {
  kind: 'list' | 'segment';
  id: number;
  label: string;
}

export type GroupKind = 'outcome' | SourceKind;
export const GROUP_LABELS: Record<GroupKind, string> = { outcome: 'Outcomes', campaign: 'Campaigns', list: 'Lists', segment: 'Segments' };

export interface JobSourceOptions {
  groups: { kind: GroupKind; options: SourceOption[] }[];
  exclusions: Exclusion[];
}

export const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The sources a job can start from, grouped, and what it can leave out. */
export function jobSourceOptions(campaigns: CampaignSummary[], lists: ListSummary[], segments: SegmentSummary[], outcomes: readonly OutcomeSource[]): JobSourceOptions {
  const group = (kind: GroupKind, options: SourceOption[]) => ({ kind, options });
  const exclusions: Exclusion[] = [
    ...lists.map((l) => ({ kind: 'list' as const, id: l.id, label: `${l.name} (list, ${plural(l.members, l.entity === 'leads' ? 'lead' : 'company', l.entity)})` })),
    ...segments.map((g) => ({ kind: 'segment' as const, id: g.id, label: `${g.name} (segment, ${plural(g.members, 'member', 'members')})` })),
  ];
  const groups = [
    group(
      'outcome',
      outcomes.map((o) => ({
        value: o.value,
        label: `${o.name} — ${o.estimated ? 'about ' : ''}${plural(o.count, 'lead', 'leads')} (${o.condition})`,
        queued: { name: o.name, entity: 'leads' as const },
      })),
    ),
    group(
      'campaign',
      campaigns.map((c) => ({
        value: `campaign:${c.id}`,
        label: `${c.name} — ${formatCount(c.outcomes.won)} won, ${formatCount(c.outcomes.replied)} replied`,
        queued: { name: c.name, entity: 'leads' as const },
      })),
    ),
    group(
      'list',
      lists.map((l) => ({
        value: `list:${l.id}`,
        label: `${l.name} — ${plural(l.members, l.entity === 'leads' ? 'lead' : 'company', l.entity)}`,
        queued: { name: l.name, entity: l.entity },
      })),
    ),
    group(
      'segment',
      segments.map((s) => ({ value: `segment:${s.id}`, label: `${s.name} — ${plural(s.members, 'member', 'members')}`, queued: { name: s.name, entity: s.entity } })),
    ),
  ];
  return { groups, exclusions };
}

/** A saved source's option value (`list:3`) as the contract names it. */
export function sourceRefOf(value: string): SourceRefDto {
  const [kind, id] = value.split(':') as [SourceKind, string];
  return { kind, id: Number(id) };
}

const NO_VALUES: FieldValuesDto = { values: [], sampled: false };

export type JobSources =
  | { status: 'success'; data: JobSourceOptions; outcomes: OutcomeSource[]; outcomesRead: boolean }
  | { status: 'error'; error: unknown; retry: () => void; outcomes: OutcomeSource[]; outcomesRead: boolean }
  | { status: 'pending'; outcomes: OutcomeSource[]; outcomesRead: boolean };

/** The form's sources from the workspace's campaigns, lists, segments and outcome counts. */
export function useJobSources(): JobSources {
  const api = useApi();
  const campaigns = useQuery(campaignsListQuery(api));
  const lists = useQuery(listsQuery(api));
  const segments = useQuery(segmentsQuery(api));
  // The leads' outcomes and their counts: "every won lead" is a source too (outcome-sources.ts).
  const outcomeValues = useQuery(fieldValuesQuery(api, 'leads', 'outcome', ''));
  const outcomes = segments.data ? outcomeSources(outcomeValues.data ?? NO_VALUES, segments.data) : [];
  const outcomesRead = outcomeValues.isFetched;
  if (campaigns.data && lists.data && segments.data) {
    return { status: 'success', data: jobSourceOptions(campaigns.data, lists.data, segments.data, outcomes), outcomes, outcomesRead };
  }
  const failed = [campaigns, lists, segments].find((q) => q.isError);
  if (failed) return { status: 'error', error: failed.error, retry: () => [campaigns, lists, segments].forEach((q) => void q.refetch()), outcomes, outcomesRead };
  return { status: 'pending', outcomes, outcomesRead };
}
