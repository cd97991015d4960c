/**
 * Merging the duplicates of a workspace built before records were found by
 * any key (issue 9, defect 4 follow-up): a preview of what would merge, the
 * merge (one transaction, logged) and its undo (one transaction, from the
 * log). Which records merge and which values move is crm/merge-plan.ts's
 * decision; the SQL is db/queries/record-merges.ts's. The app runs the merge
 * and the undo on the job worker's connection (jobs/job-pool.ts), so the
 * window and the web host answer through their seconds; without a worker
 * (tests, a bare connection) they run on the calling thread.
 *
 * Companies merge before leads: a lead linked to a company's empty copy then
 * links to the survivor, and the lead plan is made for the leads as they read
 * after that (crm/merge-plan.ts leadGroupsAfterCompanyMerges). Nothing is
 * changed without being told: the preview shows the counts and a sample, the
 * merge reports what moved and which different values were kept, and the log
 * keeps every touched row whole so the merge can be undone exactly — until a
 * later import writes over the survivors.
 */
import type { DuplicatesApi } from '../contract/api';
import type { Entity } from '../contract/dto';
import type {
  DuplicateConflictDto,
  DuplicateGroupDto,
  DuplicateKeyCount,
  DuplicateRecordDto,
  DuplicatesPreviewDto,
  MergeResultDto,
  MergeRunDto,
  UndoMergeResultDto,
} from '../contract/duplicates';
import { AppError } from '../contract/errors';
import { readPoolOf } from '../compute/read-pool';
import { retryWhileBusy } from '../db/busy-retry';
import { writeHolderOf, writeLocked } from '../db/workspace-writers';
import { jobPoolOf } from '../jobs/job-pool';
import {
  COMPANY_MERGE_KEYS,
  LEAD_MERGE_KEYS,
  LEAD_MERGE_GUARDS,
  COMPANY_MERGE_GUARDS,
  countsByKey,
  leadGroupsAfterCompanyMerges,
  planMerges,
  survivorsOf,
  withSurvivingCompanies,
  type MergeEntity,
  type MergePlan,
  type MergePolicy,
  type PlannedMerge,
  type StoredRecord,
} from '../crm/merge-plan';
import {
  applyMerges,
  campaignMembershipCount,
  duplicateGroups,
  forgetShardsOf,
  importsSince,
  insertMergeRun,
  leadCompanyKeys,
  lastMergeRun,
  leadsOfCompanies,
  markMergeUndone,
  mergeableColumns,
  mergedRecordIds,
  setMergeSummary,
  storedRecords,
  undoMerges,
  type MergeRunRow,
} from '../db/queries/record-merges';
import type { Workspace } from '../db/workspace';
import { fieldDefinition, isCanonicalField } from '../../src-model/fields/field-table';

/** Groups shown in a preview, per entity. */
const SAMPLE_SIZE = 5;

/** The rules per entity: keys strongest first, and what keeps two records apart (as the importer finds records). */
function policyFor(ws: Workspace, entity: MergeEntity): MergePolicy {
  const columns = mergeableColumns(ws.db, entity);
  return entity === 'leads'
    ? { entity, keys: LEAD_MERGE_KEYS, columns, guards: LEAD_MERGE_GUARDS, blanks: { outcome: 'open' }, extraColumn: 'extra' }
    : { entity, keys: COMPANY_MERGE_KEYS, columns, guards: COMPANY_MERGE_GUARDS, extraColumn: 'extra' };
}

interface EntityPlan {
  plan: MergePlan;
  records: Map<number, StoredRecord>;
}

interface WorkspacePlan {
  companies: EntityPlan;
  leads: EntityPlan;
}

/**
 * The whole merge, planned before anything is written: companies, then leads
 * as they read once the companies are merged (a lead's "name at one company"
 * key holds the company's id, so two leads under the two copies of one
 * company become duplicates only then). The preview and the merge both use
 * it, so the preview counts exactly what the merge does.
 */
function planDuplicates(ws: Workspace): WorkspacePlan {
  const companyPolicy = policyFor(ws, 'companies');
  const companyGroups = duplicateGroups(ws.db, 'companies', companyPolicy.keys);
  const companyRecords = storedRecords(ws.db, 'companies', [...new Set(companyGroups.flatMap((g) => g.ids))]);
  const companyPlan = planMerges(companyPolicy, companyRecords, companyGroups);

  const companySurvivors = survivorsOf(companyPlan);
  const mergedCompanies = companyPlan.merges.flatMap((m) => [m.survivor, ...m.merged.map((d) => d.id)]);
  const leadPolicy = policyFor(ws, 'leads');
  const leadGroups = leadGroupsAfterCompanyMerges(duplicateGroups(ws.db, 'leads', leadPolicy.keys), leadCompanyKeys(ws.db, mergedCompanies), companySurvivors);
  const leadRecords = withSurvivingCompanies(storedRecords(ws.db, 'leads', [...new Set(leadGroups.flatMap((g) => g.ids))]), companySurvivors);
  return {
    companies: { plan: companyPlan, records: new Map(companyRecords.map((r) => [r.id, r])) },
    leads: { plan: planMerges(leadPolicy, leadRecords, leadGroups), records: new Map(leadRecords.map((r) => [r.id, r])) },
  };
}

const mergedCount = (plan: MergePlan) => plan.merges.reduce((n, m) => n + m.merged.length, 0);

function keyCounts(entity: Entity, plan: MergePlan): DuplicateKeyCount[] {
  return Object.entries(countsByKey(plan)).map(([key, records]) => ({ entity, key: key as DuplicateKeyCount['key'], records: records ?? 0 }));
}

function keptApartCounts(entity: Entity, plan: MergePlan): DuplicateKeyCount[] {
  const counts = new Map<DuplicateKeyCount['key'], number>();
  for (const g of plan.keptApart) counts.set(g.key, (counts.get(g.key) ?? 0) + g.ids.length);
  return [...counts].map(([key, records]) => ({ entity, key, records }));
}

/** Columns that are not fields of the field table, in words; a record's lookup keys are not shown. */
const COLUMN_WORDS: Readonly<Record<string, string | null>> = {
  outcome: 'Outcome',
  company_id: 'Company',
  extra: 'Extra fields',
  employees_range: 'Employees (range)',
  name_key: null,
};

/** A column as the window names it ("Record ID", "Extra field Tier"), or null for a lookup key. */
function columnLabel(column: string): string | null {
  if (column.startsWith('extra.')) return `Extra field ${column.slice('extra.'.length)}`;
  if (column in COLUMN_WORDS) return COLUMN_WORDS[column]!;
  return isCanonicalField(column) ? fieldDefinition(column).label : column;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

function recordDto(entity: MergeEntity, r: StoredRecord | undefined, id: number): DuplicateRecordDto {
  const v = r?.values ?? {};
  const label = entity === 'leads' ? text(v['full_name']) || text(v['email']) || `lead #${id}` : text(v['name']) || text(v['domain']) || `company #${id}`;
  return { id, label, recordId: v['record_id'] === null || v['record_id'] === undefined ? null : String(v['record_id']) };
}

/** The value a merge's records share under the key that joined them (for the sample's heading). */
function sharedValue(m: PlannedMerge, records: Map<number, StoredRecord>): string {
  const key = m.merged[0]?.key ?? 'record_id';
  const column = key === 'company_name' ? 'name' : key === 'name_company' ? 'full_name' : key;
  return text(records.get(m.survivor)?.values[column]) || text(records.get(m.merged[0]!.id)?.values[column]);
}

function sampleOf(entity: MergeEntity, { plan, records }: EntityPlan, memberships: (ids: number[]) => number): DuplicateGroupDto[] {
  return [...plan.merges]
    .sort((a, b) => b.merged.length - a.merged.length || a.survivor - b.survivor)
    .slice(0, SAMPLE_SIZE)
    .map((m) => ({
      entity,
      key: m.merged[0]!.key,
      value: sharedValue(m, records),
      survivor: recordDto(entity, records.get(m.survivor), m.survivor),
      merged: m.merged.map((d) => recordDto(entity, records.get(d.id), d.id)),
      filled: m.fills.flatMap((f) => columnLabel(f.column) ?? []),
      conflicts: m.conflicts.map((c): DuplicateConflictDto => ({ column: columnLabel(c.column) ?? c.column, kept: text(c.kept), other: text(c.other) })),
      campaignMemberships: entity === 'leads' ? memberships(m.merged.map((d) => d.id)) : 0,
    }));
}

function runDto(ws: Workspace, run: MergeRunRow): MergeRunDto {
  const summary = JSON.parse(run.summary) as { leads?: number; companies?: number };
  const later = importsSince(ws.db, run.last_batch_id);
  return {
    mergeId: run.id,
    mergedAt: run.merged_at,
    leads: summary.leads ?? 0,
    companies: summary.companies ?? 0,
    undoable: later === 0,
    ...(later > 0 ? { reason: `${later === 1 ? 'an import has' : `${later} imports have`} run since; it may have changed the merged records` } : {}),
  };
}

export interface DuplicatesDeps {
  /** Why a merge must wait (an import or a job running), or null. */
  busy(): string | null;
  /** Announces a merge or an undo, so every window refreshes. */
  changed(mergeId: number, change: 'merged' | 'undone'): void;
  now?: () => Date;
}

export function previewDuplicates(ws: Workspace): DuplicatesPreviewDto {
  const { companies, leads } = planDuplicates(ws);
  const memberships = (ids: number[]) => campaignMembershipCount(ws.db, ids);
  const last = lastMergeRun(ws.db);
  return {
    leads: mergedCount(leads.plan),
    companies: mergedCount(companies.plan),
    byKey: [...keyCounts('leads', leads.plan), ...keyCounts('companies', companies.plan)],
    keptApart: [...keptApartCounts('leads', leads.plan), ...keptApartCounts('companies', companies.plan)],
    conflicts: [...leads.plan.merges, ...companies.plan.merges].reduce((n, m) => n + m.conflicts.length, 0),
    sample: [...sampleOf('leads', leads, memberships), ...sampleOf('companies', companies, memberships)],
    lastMerge: last ? runDto(ws, last) : null,
  };
}

/** Merges every duplicate group the rules allow, companies first, in one transaction, on the calling thread (the service sends it to the job worker). */
export function mergeDuplicates(ws: Workspace, deps: DuplicatesDeps): MergeResultDto {
  const busy = deps.busy();
  if (busy) throw new AppError('conflict', busy);
  const result = applyDuplicateMerge(ws, (deps.now?.() ?? new Date()).toISOString());
  deps.changed(result.mergeId, 'merged');
  return result;
}

/**
 * The merge itself, one transaction on `ws`'s connection: the job worker
 * (jobs/job-worker.ts) runs it on its own, the command line's tools and tests
 * on theirs. BEGIN IMMEDIATE takes the write lock before the seconds of
 * planning, so a writer come in meanwhile cannot void the plan halfway.
 */
export function applyDuplicateMerge(ws: Workspace, mergedAt: string): MergeResultDto {
  return ws.db
    .transaction((): MergeResultDto => {
      const mergeId = insertMergeRun(ws.db, mergedAt);
      let valuesFilled = 0;
      let conflicts = 0;
      let linksMoved = 0;
      let linksDropped = 0;
      const counts: Record<MergeEntity, number> = { leads: 0, companies: 0 };
      const byKey: DuplicateKeyCount[] = [];
      // Planned whole before writing (the lock is held, so nothing changes meanwhile); applied companies first, as the lead plan assumes.
      const plans = planDuplicates(ws);
      for (const entity of ['companies', 'leads'] as const) {
        const { plan } = plans[entity];
        const applied = applyMerges(ws.db, mergeId, entity, plan.merges);
        counts[entity] = applied.records;
        byKey.push(...keyCounts(entity, plan));
        for (const m of plan.merges) {
          valuesFilled += m.fills.length;
          conflicts += m.conflicts.length;
        }
        for (const l of Object.values(applied.links)) {
          linksMoved += l.moved;
          linksDropped += l.dropped;
        }
      }
      if (counts.leads + counts.companies === 0) throw new AppError('not_found', 'No duplicate leads or companies to merge.');
      forgetStaleVectors(ws, mergeId);
      const summary = { leads: counts.leads, companies: counts.companies, byKey, valuesFilled, conflicts, linksMoved, linksDropped };
      setMergeSummary(ws.db, mergeId, summary);
      return { mergeId, mergedAt, ...summary };
    })
    .immediate();
}

/** Puts back merge `mergeId`, which must be the last one not undone, with no import since, on the calling thread. */
export function undoMerge(ws: Workspace, mergeId: number, deps: DuplicatesDeps): UndoMergeResultDto {
  const busy = deps.busy();
  if (busy) throw new AppError('conflict', busy);
  const result = applyUndoMerge(ws, mergeId, (deps.now?.() ?? new Date()).toISOString());
  deps.changed(mergeId, 'undone');
  return result;
}

/** The undo itself, one transaction (immediate, as the merge) on `ws`'s connection. */
export function applyUndoMerge(ws: Workspace, mergeId: number, undoneAt: string): UndoMergeResultDto {
  return ws.db
    .transaction((): UndoMergeResultDto => {
      const last = lastMergeRun(ws.db);
      if (!last) throw new AppError('not_found', 'There is no merge to undo.');
      if (last.id !== mergeId) throw new AppError('conflict', `Merge ${mergeId} is not the last one (${last.id} is); undo that first.`);
      const run = runDto(ws, last);
      if (!run.undoable) throw new AppError('conflict', `Merge ${mergeId} can no longer be undone: ${run.reason}.`);
      // Backwards: leads were merged last, so they are put back first; then the companies they linked to.
      try {
        undoMerges(ws.db, mergeId, 'leads');
        undoMerges(ws.db, mergeId, 'companies');
      } catch (error) {
        // A row the log puts back no longer fits (say, a list member's job was deleted since): nothing is changed.
        if (error instanceof Error && error.name === 'SqliteError') {
          throw new AppError('conflict', `Merge ${mergeId} can no longer be undone exactly (${error.message}); nothing was changed.`);
        }
        throw error;
      }
      forgetStaleVectors(ws, mergeId);
      markMergeUndone(ws.db, mergeId, undoneAt);
      return { mergeId, leads: run.leads, companies: run.companies };
    })
    .immediate();
}

/** Merged and surviving records changed without a new import stamp: their cached vectors, and those of leads of merged companies, are stale. */
function forgetStaleVectors(ws: Workspace, mergeId: number): void {
  forgetShardsOf(ws.db, 'leads', mergedRecordIds(ws.db, mergeId, 'leads'));
  const companies = mergedRecordIds(ws.db, mergeId, 'companies');
  forgetShardsOf(ws.db, 'companies', companies);
  forgetShardsOf(ws.db, 'leads', leadsOfCompanies(ws.db, companies));
}

/** How long a merge sent to the job worker waits for another process's write to end, as the API's other writes do. */
const WRITE_WAIT_MS = 30_000;

/**
 * A merge or an undo on the job worker's connection (jobs/job-pool.ts), so the
 * window's IPC and the web host keep answering through its seconds (issue 11,
 * item 6: 5.5–6.3 s at 100k leads held both). The worker tries it with
 * SQLite's wait off; when another process holds the workspace it is tried
 * again here without blocking (db/busy-retry.ts). The busy check is made at
 * each attempt, so a job or an import started meanwhile is never merged
 * under; once sent, the API's other writes wait for it (`savesSettled`).
 */
function onWriter<T>(ws: Workspace, deps: DuplicatesDeps, gaveUp: string, attempt: () => Promise<T>): Promise<T> {
  return retryWhileBusy(
    () => {
      const busy = deps.busy();
      if (busy) throw new AppError('conflict', busy);
      return attempt();
    },
    { timeoutMs: WRITE_WAIT_MS, free: () => !writeLocked(ws.db), holder: () => writeHolderOf(ws.db), gaveUp },
  );
}

/** The contract's methods over a workspace. */
export function duplicatesService(ws: Workspace, deps: DuplicatesDeps): DuplicatesApi {
  return {
    async 'workspace.duplicates'() {
      // Grouping every email and domain reads whole indexes: off the thread that answers the window, when it has a read worker.
      const reads = readPoolOf(ws.db);
      return reads ? reads.duplicates() : previewDuplicates(ws);
    },
    async 'workspace.mergeDuplicates'() {
      const writer = jobPoolOf(ws.db);
      if (!writer) return mergeDuplicates(ws, deps);
      const result = await onWriter(ws, deps, 'nothing was merged', () => writer.merge({ mergedAt: (deps.now?.() ?? new Date()).toISOString() }));
      deps.changed(result.mergeId, 'merged');
      return result;
    },
    async 'workspace.undoMerge'({ mergeId }) {
      const writer = jobPoolOf(ws.db);
      if (!writer) return undoMerge(ws, mergeId, deps);
      const result = await onWriter(ws, deps, 'nothing was undone', () => writer.undoMerge({ mergeId, undoneAt: (deps.now?.() ?? new Date()).toISOString() }));
      deps.changed(mergeId, 'undone');
      return result;
    },
  };
}
