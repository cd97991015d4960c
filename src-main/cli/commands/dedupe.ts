/**
 * `lookalike dedupe`: the leads and companies an older workspace holds twice
 * (issue 9, defect 4 follow-up). Without options it only shows what would
 * merge; --apply merges (one transaction, logged) and says what it did;
 * --undo puts the last merge back.
 */
import { DUPLICATE_KEY_WORDS as KEY_WORDS, keptApartReason, type DuplicateKeyCount, type DuplicatesPreviewDto, type MergeResultDto } from '../../contract/duplicates';
import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, parseCommandArgs } from '../options';
import { withWorkspace, writingWorkspace } from '../session';
import { UsageError } from '../usage';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function byKeyText(counts: readonly DuplicateKeyCount[], entity: 'leads' | 'companies'): string {
  const parts = counts.filter((c) => c.entity === entity).map((c) => `${KEY_WORDS[c.key]} ${c.records.toLocaleString('en-US')}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export function previewText(path: string, p: DuplicatesPreviewDto): string {
  const lines = [`Duplicates in ${path}`];
  if (p.leads + p.companies === 0) lines.push('  none: no two leads share a record id, an email or a name at one company, no two companies a CRM id, domain or name.');
  else {
    lines.push(`  leads      ${plural(p.leads, 'lead')} would merge into the lead they duplicate${byKeyText(p.byKey, 'leads')}`);
    lines.push(`  companies  ${plural(p.companies, 'company', 'companies')} would merge into the company they duplicate${byKeyText(p.byKey, 'companies')}`);
    lines.push(`  conflicts  ${plural(p.conflicts, 'value')} differ between duplicates; the surviving record keeps its own (the other is kept in the merge log)`);
  }
  for (const k of p.keptApart) {
    lines.push(`  kept apart ${plural(k.records, k.entity === 'leads' ? 'lead' : 'company', k.entity === 'leads' ? 'leads' : 'companies')} ${keptApartReason(k.entity, k.key)}: left as they are`);
  }
  if (p.sample.length) {
    lines.push('Sample:');
    for (const g of p.sample) {
      const merged = g.merged.map((m) => `${m.label} (#${m.id})`).join(', ');
      const fills = g.filled.length ? `; fills ${g.filled.join(', ')}` : '';
      const outcomes = g.campaignMemberships ? `; campaign memberships moving: ${g.campaignMemberships}` : '';
      lines.push(`  ${g.entity === 'leads' ? 'lead' : 'company'} ${KEY_WORDS[g.key]} ${g.value}: ${merged} → ${g.survivor.label} (#${g.survivor.id})${fills}${outcomes}`);
    }
  }
  if (p.lastMerge) {
    const m = p.lastMerge;
    lines.push(`Last merge: #${m.mergeId} at ${m.mergedAt}, ${plural(m.leads, 'lead')} and ${plural(m.companies, 'company', 'companies')}; ${m.undoable ? 'undo with `dedupe --undo`' : `cannot be undone: ${m.reason}`}.`);
  }
  if (p.leads + p.companies > 0) lines.push('Merge them with `dedupe --apply` (undo with `dedupe --undo`).');
  return lines.join('\n');
}

export function mergeText(r: MergeResultDto): string {
  return [
    `Merged ${plural(r.leads, 'lead')}${byKeyText(r.byKey, 'leads')} and ${plural(r.companies, 'company', 'companies')}${byKeyText(r.byKey, 'companies')} into the records they duplicate (merge #${r.mergeId}).`,
    `  ${plural(r.valuesFilled, 'blank value')} filled on the surviving records; ${plural(r.conflicts, 'different value')} kept as the survivor had them (the others are in the merge log).`,
    `  ${plural(r.linksMoved, 'link')} (list and campaign members, marks, examples, candidates, scores, companies of leads) moved to the survivors; ${plural(r.linksDropped, 'duplicate link')} dropped (the survivor had one).`,
    'Undo with `dedupe --undo`.',
  ].join('\n');
}

export async function dedupeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION, ...JSON_OPTION, apply: { type: 'boolean' }, undo: { type: 'boolean' } });
  if (positionals.length) throw new UsageError(`dedupe takes no arguments, got ${positionals.join(' ')}`);
  if (values.apply && values.undo) throw new UsageError('dedupe takes --apply or --undo, not both');
  if (values.apply) {
    return writingWorkspace(values, io, 'dedupe', async (session) => {
      const r = await session.api['workspace.mergeDuplicates']();
      io.out(values.json ? JSON.stringify(r) : mergeText(r));
      return 0;
    }, { forJobs: true });
  }
  if (values.undo) {
    return writingWorkspace(values, io, 'dedupe', async (session) => {
      const last = (await session.api['workspace.duplicates']()).lastMerge;
      if (!last) {
        io.err('dedupe: there is no merge to undo.');
        return 1;
      }
      const r = await session.api['workspace.undoMerge']({ mergeId: last.mergeId });
      io.out(values.json ? JSON.stringify(r) : `Undid merge #${r.mergeId}: ${plural(r.leads, 'lead')} and ${plural(r.companies, 'company', 'companies')} are back as they were.`);
      return 0;
    }, { forJobs: true });
  }
  return withWorkspace(values, io, async (session) => {
    const p = await session.api['workspace.duplicates']();
    io.out(values.json ? JSON.stringify(p) : previewText(session.path, p));
    return 0;
  });
}
