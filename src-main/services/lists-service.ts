/**
 * Lists: hand-picked leads or companies, filled by id or from a lookalike
 * job's ranked candidates. Adding is all-or-nothing: one unknown id and
 * nothing is added, so a typo never leaves a half-filled list behind.
 */
import type {
  AddToListResult,
  Entity,
  ListDetail,
  ListMemberDto,
  ListMemberPage,
  ListMemberSortColumn,
  ListSortColumn,
  ListSummary,
  GridQueryDto,
  SortDto,
} from '../contract/dto';
import { AppError } from '../contract/errors';
import { getJob, jobCandidateIds } from '../db/queries/jobs';
import {
  addListMembers,
  deleteList as deleteListRow,
  existingIds,
  getList,
  insertList,
  listLists as listListRows,
  listMemberAt,
  removeListMembers,
  type ListRow,
} from '../db/queries/lists';
import { extraFieldHeaders } from '../db/queries/record-grid';
import { gridListMemberRecords, listMemberRecords, type ScoredRecordRow } from '../db/queries/record-rows';
import { pageExtras, recordFields, type PageExtras } from './grid-rows';
import type { Workspace } from '../db/workspace';

export type { ListSummary };

/**
 * Ids of records (`entity`, when given, must be the list's; `jobId`, the job whose grid they were picked in,
 * whose scores they keep), or a completed job's candidates.
 */
export type AddToListSource = { ids: readonly number[]; entity?: Entity; jobId?: number } | { fromJob: number; minScore?: number; top?: number };

export type { AddToListResult };

const ENTITY_NOUN: Record<Entity, [string, string]> = { leads: ['lead', 'leads'], companies: ['company', 'companies'] };

export function createList(ws: Workspace, input: { name: string; entity: Entity }): { id: number } {
  const name = input.name.trim();
  if (!name) throw new AppError('invalid_input', 'A list needs a name.');
  return { id: insertList(ws.db, name, input.entity) };
}

export function listLists(ws: Workspace, sort?: SortDto<ListSortColumn>): ListSummary[] {
  return listListRows(ws.db, sort).map(toSummary);
}

export function addToList(ws: Workspace, listId: number, source: AddToListSource): AddToListResult {
  const list = requireList(ws, listId);
  const ids = 'ids' in source ? [...new Set(source.ids)] : jobIds(ws, list, source);
  if ('ids' in source) {
    if (source.entity && source.entity !== list.entity) {
      throw new AppError('invalid_input', `List ${listId} holds ${list.entity}, not ${source.entity}.`);
    }
    if (!ids.length) throw new AppError('invalid_input', 'No ids to add.');
    const found = existingIds(ws.db, list.entity, ids);
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) {
      const [one, many] = ENTITY_NOUN[list.entity];
      const shown = missing.slice(0, 20).join(', ') + (missing.length > 20 ? `, … (${missing.length} in all)` : '');
      throw new AppError('not_found', `No ${missing.length === 1 ? one : many} with id ${shown} in this workspace; nothing was added to list ${listId}.`, {
        missing,
      });
    }
  }
  const scoredBy = 'ids' in source ? (source.jobId === undefined ? null : requireJobOf(ws, list, source.jobId).id) : source.fromJob;
  const added = addListMembers(ws.db, listId, list.entity, ids, scoredBy);
  return { listId, requested: ids.length, added, alreadyThere: ids.length - added };
}

/** A list with its first `limit` members, read a keyset page at a time (a command may ask for all of them). */
export function listDetail(ws: Workspace, listId: number, limit: number): ListDetail {
  const list = requireList(ws, listId);
  const items: ListMemberDto[] = [];
  const PAGE = 1000;
  let after = 0;
  while (items.length < limit) {
    const page = listMemberRecords(ws.db, listId, list.entity, after, Math.min(PAGE, limit - items.length));
    const more = pageExtras(ws.db, list.entity, page, {});
    for (const r of page) items.push(toMember(r, more));
    if (page.length === 0 || page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  return { ...toSummary(list), items };
}

/**
 * A page of a list's members by offset (a keyset page after the member just
 * before it), or in a grid's sort, narrowed by the grid's search and filters.
 */
export function listMembersPage(
  ws: Workspace,
  listId: number,
  offset: number,
  limit: number,
  sort?: SortDto<ListMemberSortColumn>,
  query: GridQueryDto = {},
): ListMemberPage {
  const list = requireList(ws, listId);
  const page = gridListMemberRecords(ws.db, listId, list.entity, { sort, offset, limit, query }, () => listMemberAt(ws.db, listId, list.entity, offset - 1));
  const more = pageExtras(ws.db, list.entity, page.rows, query);
  return {
    listId,
    total: page.matching ?? list.members,
    unfiltered: list.members,
    offset,
    members: page.rows.map((r) => toMember(r, more)),
    extraFields: extraFieldHeaders(ws.db, list.entity),
  };
}

/** Takes records off a list (the records stay in the workspace). */
export function removeFromList(ws: Workspace, listId: number, ids: readonly number[]): { listId: number; removed: number } {
  const list = requireList(ws, listId);
  return { listId, removed: removeListMembers(ws.db, listId, list.entity, [...new Set(ids)]) };
}

/** Deletes a list (its members stay in the workspace; jobs that started from it keep its name). */
export function deleteList(ws: Workspace, listId: number): { deleted: boolean } {
  requireList(ws, listId);
  return { deleted: deleteListRow(ws.db, listId) };
}

function jobIds(ws: Workspace, list: ListRow, source: { fromJob: number; minScore?: number; top?: number }): number[] {
  const job = getJob(ws.db, source.fromJob);
  if (!job) throw new AppError('not_found', `No lookalike job ${source.fromJob}.`);
  if (job.entity !== list.entity) {
    throw new AppError('invalid_input', `Job ${job.id} ranks ${job.entity} but list ${list.id} holds ${list.entity}.`);
  }
  if (job.status !== 'completed') {
    throw new AppError('conflict', `Job ${job.id} is ${job.status}; only a completed job's candidates can be added.`);
  }
  if (source.top !== undefined && !(Number.isInteger(source.top) && source.top > 0)) {
    throw new AppError('invalid_input', `--top must be a positive whole number, got ${source.top}.`);
  }
  if (source.minScore !== undefined && !Number.isFinite(source.minScore)) {
    throw new AppError('invalid_input', `--min-score must be a number, got ${source.minScore}.`);
  }
  // SQLite reads a negative LIMIT as "no limit".
  return jobCandidateIds(ws.db, job.id, source.minScore ?? -Infinity, source.top ?? -1);
}

/** The job whose scores picked ids keep: it must exist and rank the list's entity. */
function requireJobOf(ws: Workspace, list: ListRow, jobId: number) {
  const job = getJob(ws.db, jobId);
  if (!job) throw new AppError('not_found', `No lookalike job ${jobId}.`);
  if (job.entity !== list.entity) throw new AppError('invalid_input', `Job ${job.id} ranks ${job.entity} but list ${list.id} holds ${list.entity}.`);
  return job;
}

function requireList(ws: Workspace, id: number): ListRow {
  const list = getList(ws.db, id);
  if (!list) throw new AppError('not_found', `No list ${id}.`);
  return list;
}

function toSummary(l: ListRow): ListSummary {
  return { id: l.id, name: l.name, entity: l.entity, members: l.members, createdAt: l.created_at };
}

function toMember(r: ScoredRecordRow, more: PageExtras): ListMemberDto {
  const score = { score: r.lookalike_score, scoreJobId: r.lookalike_job_id, fields: recordFields(r), extra: more.extra(r.id), duplicateOf: more.duplicateOf(r.id) };
  if (r.entity === 'leads') {
    return { id: r.id, name: r.display_name, recordId: r.record_id, email: r.email, title: r.title, company: r.company, outcome: r.outcome, ...score };
  }
  return { id: r.id, name: r.display_name, recordId: r.record_id, email: null, title: null, company: r.name, outcome: null, ...score };
}
