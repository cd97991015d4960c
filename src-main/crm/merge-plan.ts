/**
 * Which duplicates of an older workspace merge, and how (issue 9, defect 4
 * follow-up). Pure: it sees stored records as plain values and decides; the
 * service reads them and the queries layer applies the plan in one
 * transaction, logged so that it can be undone.
 *
 * Workspaces built before records were found by any key hold two kinds of
 * duplicates: an email-keyed skeleton lead beside the lead its CRM record id
 * made (holding the replied/won outcomes), and a company made twice, once by
 * a contacts export and once by its companies export. The rules here are the
 * importer's (db/queries/records.ts, findLeadByKeys/findCompanyByKeys), so a
 * merge joins exactly what a new import would have joined:
 *  - keys are tried strongest first (record id, email, then name at one company
 *    for leads; CRM id,
 *    domain, normalised name for companies);
 *  - records holding DIFFERENT values of a stronger key stay apart (two leads
 *    with different record ids and one email are two people; a company name
 *    never joins two different domains). Such a group is reported, never
 *    half-merged;
 *  - the survivor is the record with a record id, then the one with most
 *    values, then the oldest;
 *  - values only fill blanks: a non-blank value is never overwritten; a
 *    different value on a merged record is reported as a conflict (and kept
 *    in the merge log, so nothing the user imported is lost);
 *  - extra columns (the JSON of unmapped headers) merge key by key the same way.
 */

export type MergeEntity = 'leads' | 'companies';
/** A key duplicates share: a CRM record id, an email, a lead's folded name at one company, a domain, or a company's normalised name. */
export type MatchKey = 'record_id' | 'email' | 'name_company' | 'domain' | 'company_name';
export type StoredValue = string | number | null;

/** A stored record: its id and the values of the columns a merge may fill (see MergePolicy.columns). */
export interface StoredRecord {
  id: number;
  values: Readonly<Record<string, StoredValue>>;
}

/** Records sharing one value of one key (what the queries layer finds). */
export interface CandidateGroup {
  key: MatchKey;
  value: string;
  ids: readonly number[];
}

export interface MergePolicy {
  entity: MergeEntity;
  /** The keys, strongest first: groups of a stronger key are merged first. */
  keys: readonly MatchKey[];
  /** The columns whose blanks a merge fills, and where conflicts are looked for. */
  columns: readonly string[];
  /** Per key: the columns whose different non-blank values keep two records apart. */
  guards: Readonly<Partial<Record<MatchKey, readonly string[]>>>;
  /** Values that count as blank besides null and '' (a lead's default outcome, 'open'). */
  blanks?: Readonly<Record<string, StoredValue>>;
  /** The column holding the extra fields as a JSON object, merged key by key. */
  extraColumn?: string;
}

/** A value that moves onto the survivor (it filled a blank there). */
export interface ValueMove {
  column: string;
  value: StoredValue;
  /** The merged record it came from. */
  from: number;
}

/** A value the survivor keeps although a merged record held another. */
export interface ValueConflict {
  column: string;
  kept: StoredValue;
  other: StoredValue;
  from: number;
}

export interface PlannedMerge {
  entity: MergeEntity;
  survivor: number;
  /** The records merged into it, with the key that joined each. */
  merged: { id: number; key: MatchKey }[];
  /** Values written onto the survivor (for the extra column: the whole merged JSON, once). */
  fills: ValueMove[];
  conflicts: ValueConflict[];
}

/** A group that looked duplicated but is left alone, with why. */
export interface KeptApart {
  key: MatchKey;
  value: string;
  ids: number[];
  /** The guard column whose values differ (record_id: different CRM record ids). */
  differs: string;
}

export interface MergePlan {
  merges: PlannedMerge[];
  keptApart: KeptApart[];
}

export const LEAD_MERGE_KEYS: readonly MatchKey[] = ['record_id', 'email', 'name_company'];
export const COMPANY_MERGE_KEYS: readonly MatchKey[] = ['record_id', 'domain', 'company_name'];
/** What keeps two leads sharing a key apart: different record ids; for a name at one company, different emails too. */
export const LEAD_MERGE_GUARDS: MergePolicy['guards'] = { email: ['record_id'], name_company: ['record_id', 'email'] };
/** What keeps two companies sharing a key apart: different CRM ids; for a name, different domains too. */
export const COMPANY_MERGE_GUARDS: MergePolicy['guards'] = { domain: ['record_id'], company_name: ['record_id', 'domain'] };

/** A cluster of records found to be one, while the groups are read (union-find by hand: clusters stay small). */
interface Cluster {
  ids: number[];
  key: Map<number, MatchKey>;
}

export function isBlank(value: StoredValue | undefined, column: string, policy: MergePolicy): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string' && value.trim() === '') return true;
  const blank = policy.blanks?.[column];
  return blank !== undefined && value === blank;
}

function sameValue(a: StoredValue, b: StoredValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return a === b;
}

/** The distinct non-blank values of `column` over `ids`. */
function distinctValues(ids: readonly number[], column: string, records: ReadonlyMap<number, StoredRecord>, policy: MergePolicy): StoredValue[] {
  const seen: StoredValue[] = [];
  for (const id of ids) {
    const v = records.get(id)?.values[column] ?? null;
    if (!isBlank(v, column, policy) && !seen.some((s) => sameValue(s, v))) seen.push(v);
  }
  return seen;
}

/** How many of the policy's columns hold a value (the survivor is the fullest record after one with a record id). */
function filledCount(record: StoredRecord, policy: MergePolicy): number {
  let n = 0;
  for (const c of policy.columns) if (!isBlank(record.values[c] ?? null, c, policy)) n++;
  return n;
}

/** Survivor first: a record id, then most values, then the oldest (lowest id). */
function survivorOrder(records: ReadonlyMap<number, StoredRecord>, policy: MergePolicy) {
  const rank = new Map<number, number>();
  /** Has a record id (first) and how many values, as one number: record id × 10,000 + values. */
  const rankOf = (id: number): number => {
    let r = rank.get(id);
    if (r === undefined) {
      const record = records.get(id)!;
      r = (isBlank(record.values['record_id'] ?? null, 'record_id', policy) ? 0 : 10_000) + filledCount(record, policy);
      rank.set(id, r);
    }
    return r;
  };
  return (a: number, b: number): number => rankOf(b) - rankOf(a) || a - b;
}

function parseExtra(text: StoredValue): Record<string, unknown> | null {
  if (typeof text !== 'string' || text === '') return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const blankExtra = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** The survivor's values after filling its blanks from the merged records, in survivor order. */
function mergeValues(order: readonly number[], records: ReadonlyMap<number, StoredRecord>, policy: MergePolicy): Pick<PlannedMerge, 'fills' | 'conflicts'> {
  const [survivorId, ...rest] = order;
  const survivor = records.get(survivorId!)!;
  const fills: ValueMove[] = [];
  const conflicts: ValueConflict[] = [];
  for (const column of policy.columns) {
    if (column === policy.extraColumn) continue;
    let current: StoredValue = survivor.values[column] ?? null;
    for (const id of rest) {
      const other = records.get(id)!.values[column] ?? null;
      if (isBlank(other, column, policy)) continue;
      if (isBlank(current, column, policy)) {
        fills.push({ column, value: other, from: id });
        current = other;
      } else if (!sameValue(current, other)) {
        conflicts.push({ column, kept: current, other, from: id });
      }
    }
  }
  if (policy.extraColumn) {
    const column = policy.extraColumn;
    const merged: Record<string, unknown> = { ...(parseExtra(survivor.values[column] ?? null) ?? {}) };
    let changed = false;
    let firstFrom = 0;
    for (const id of rest) {
      const other = parseExtra(records.get(id)!.values[column] ?? null);
      if (!other) continue;
      for (const [k, v] of Object.entries(other)) {
        if (blankExtra(v)) continue;
        const mine = merged[k];
        if (blankExtra(mine)) {
          merged[k] = v;
          changed = true;
          firstFrom ||= id;
        } else if (JSON.stringify(mine) !== JSON.stringify(v)) {
          conflicts.push({ column: `${column}.${k}`, kept: String(mine), other: String(v), from: id });
        }
      }
    }
    if (changed) fills.push({ column, value: JSON.stringify(merged), from: firstFrom });
  }
  return { fills, conflicts };
}

/**
 * Decides the merges for one entity. `groups` may come in any order and
 * overlap (a record can share an email with one and a record id with
 * another); a record ends up in at most one merge.
 */
export function planMerges(policy: MergePolicy, records: readonly StoredRecord[], groups: readonly CandidateGroup[]): MergePlan {
  const byId = new Map(records.map((r) => [r.id, r]));
  const clusterOf = new Map<number, Cluster>();
  const keptApart: KeptApart[] = [];
  const rank = (k: MatchKey) => {
    const i = policy.keys.indexOf(k);
    return i < 0 ? policy.keys.length : i;
  };
  const ordered = [...groups].filter((g) => policy.keys.includes(g.key)).sort((a, b) => rank(a.key) - rank(b.key));
  for (const group of ordered) {
    const ids = [...new Set(group.ids)].filter((id) => byId.has(id));
    const clusters = [...new Set(ids.map((id) => clusterOf.get(id) ?? { ids: [id], key: new Map<number, MatchKey>() }))];
    if (clusters.length < 2) continue;
    const all = clusters.flatMap((c) => c.ids);
    const differs = (policy.guards[group.key] ?? []).find((column) => distinctValues(all, column, byId, policy).length > 1);
    if (differs !== undefined) {
      keptApart.push({ key: group.key, value: group.value, ids: [...all].sort((a, b) => a - b), differs });
      continue;
    }
    // Each record is reported under the first (strongest) key that joined it.
    const joined: Cluster = { ids: all, key: new Map(clusters.flatMap((c) => [...c.key])) };
    for (const id of all) if (!joined.key.has(id)) joined.key.set(id, group.key);
    for (const id of all) clusterOf.set(id, joined);
  }
  const merges: PlannedMerge[] = [];
  for (const cluster of new Set(clusterOf.values())) {
    const order = [...cluster.ids].sort(survivorOrder(byId, policy));
    const survivor = order[0]!;
    const merged = order.slice(1).map((id) => ({ id, key: cluster.key.get(id)! }));
    merges.push({ entity: policy.entity, survivor, merged, ...mergeValues(order, byId, policy) });
  }
  merges.sort((a, b) => a.survivor - b.survivor);
  return { merges, keptApart };
}

/** Counts by the key that joined each merged record, for the preview and the report. */
export function countsByKey(plan: MergePlan): Partial<Record<MatchKey, number>> {
  const counts: Partial<Record<MatchKey, number>> = {};
  for (const m of plan.merges) for (const { key } of m.merged) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

/** Where each merged record of a plan goes: merged id → its survivor's id. */
export function survivorsOf(plan: MergePlan): Map<number, number> {
  const survivors = new Map<number, number>();
  for (const m of plan.merges) for (const { id } of m.merged) survivors.set(id, m.survivor);
  return survivors;
}

/** What a lead's third key is made of: its company link and its folded name. */
export interface LeadCompanyKey {
  id: number;
  companyId: number;
  nameKey: string;
}

/**
 * The leads' candidate groups as they read once the company merges are
 * applied. A lead's "name at one company" key holds the company's row id, so
 * two leads under the two copies of one company share it only after the
 * copies merge; grouped as stored, the preview missed them while the merge
 * (which read the leads after moving them) joined them (issue 9).
 *
 * `leadsOfMergedCompanies` are the leads linked to any company of the company
 * plan, survivor or merged, that have a folded name. Their stored
 * name_company groups are replaced by groups of the surviving company id, so
 * a group is exactly what the importer's index would hold after the company
 * merge (a group reads as a whole: one differing email keeps it all apart).
 */
export function leadGroupsAfterCompanyMerges(
  groups: readonly CandidateGroup[],
  leadsOfMergedCompanies: readonly LeadCompanyKey[],
  companySurvivors: ReadonlyMap<number, number>,
): CandidateGroup[] {
  if (companySurvivors.size === 0) return [...groups];
  const regrouped = new Set(leadsOfMergedCompanies.map((l) => l.id));
  const byKey = new Map<string, number[]>();
  for (const l of leadsOfMergedCompanies) {
    const value = `${companySurvivors.get(l.companyId) ?? l.companyId}:${l.nameKey}`;
    const ids = byKey.get(value);
    if (ids) ids.push(l.id);
    else byKey.set(value, [l.id]);
  }
  const kept = groups.filter((g) => g.key !== 'name_company' || !g.ids.some((id) => regrouped.has(id)));
  const resolved = [...byKey].filter(([, ids]) => ids.length > 1).map(([value, ids]): CandidateGroup => ({ key: 'name_company', value, ids: ids.sort((a, b) => a - b) }));
  return [...kept, ...resolved];
}

/** Lead records whose company link points at the surviving company, as the company merge leaves them (so a moved link is neither a fill nor a conflict). */
export function withSurvivingCompanies(records: readonly StoredRecord[], companySurvivors: ReadonlyMap<number, number>): StoredRecord[] {
  return records.map((r) => {
    const companyId = r.values['company_id'];
    const survivor = typeof companyId === 'number' ? companySurvivors.get(companyId) : undefined;
    return survivor === undefined ? r : { id: r.id, values: { ...r.values, company_id: survivor } };
  });
}
