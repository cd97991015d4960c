/**
 * The Overview's notice of an older workspace's duplicates (issue 9, defect
 * 4 follow-up), shown only when some exist: how many leads and companies look
 * imported twice and by which key; Review opens the counts by key, what a
 * merge does and a sample; Merge asks once (the app's confirm bar), merges,
 * and says what it did, with Undo. The merge and the undo run on the job
 * worker (seconds at 100k leads) while the window keeps answering: their
 * buttons say "Merging…" / "Undoing…" and are disabled until they end.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { keptApartReason, type DuplicatesPreviewDto, type MergeResultDto, type UndoMergeResultDto } from '../../../../src-main/contract/duplicates';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../lib/format';
import { countOf, duplicatesQuery, keysText, keyWords, recordsText, useMergeDuplicates, useUndoMerge } from './duplicates';
import '../../styles/compact-table.css';
import './duplicates.css';
import { ConfirmBar, UndoButton } from '../../components/ConfirmBar';

type Message = { kind: 'merged'; result: MergeResultDto } | { kind: 'undone'; result: UndoMergeResultDto } | { kind: 'error'; error: unknown };

export function DuplicatesNotice() {
  const api = useApi();
  const preview = useQuery(duplicatesQuery(api));
  const merge = useMergeDuplicates();
  const undo = useUndoMerge();
  const [reviewing, setReviewing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const p = preview.data;
  const found = p !== undefined && p.leads + p.companies > 0;

  const runMerge = async () => {
    setConfirming(false);
    setMessage(null); // an earlier merge's or undo's line would read as this one's
    try {
      const result = await merge.mutateAsync();
      setReviewing(false);
      setMessage({ kind: 'merged', result });
    } catch (error) {
      setMessage({ kind: 'error', error });
    }
  };
  const runUndo = async (mergeId: number) => {
    try {
      setMessage({ kind: 'undone', result: await undo.mutateAsync(mergeId) });
    } catch (error) {
      setMessage({ kind: 'error', error });
    }
  };

  if (preview.isError) return <ErrorNotice title="Could not look for duplicate records" error={preview.error} onRetry={() => void preview.refetch()} />;
  if (!found && !message) return null;
  return (
    <div className="duplicates">
      {found && (
        <section className="duplicates-notice" aria-labelledby="duplicates-title" data-testid="duplicates-notice">
          <div className="duplicates-notice__head">
            <p id="duplicates-title" className="duplicates-notice__title">
              {recordsText(p.leads, p.companies)} look imported twice ({keysText(p.byKey)})
            </p>
            {!reviewing && (
              <button type="button" className="button" onClick={() => setReviewing(true)}>
                Review and merge
              </button>
            )}
          </div>
          {reviewing && (
            <DuplicatesReview preview={p} onMerge={() => setConfirming(true)} onClose={() => setReviewing(false)} actions={!confirming} merging={merge.isPending} />
          )}
          {confirming && (
            <ConfirmBar confirm="Merge" keep="Keep them" onConfirm={() => void runMerge()} onKeep={() => setConfirming(false)}>
              Merge {recordsText(p.leads, p.companies).toLowerCase()} into the records they duplicate? Only blanks are filled; you can undo it until the
              next import.
            </ConfirmBar>
          )}
        </section>
      )}
      {message?.kind === 'merged' && (
        <p className="duplicates__result" role="status" data-testid="duplicates-result">
          <span>
            Merged {recordsText(message.result.leads, message.result.companies).toLowerCase()} into the records they duplicate:{' '}
            {countOf(message.result.valuesFilled, 'blank', 'blanks')} filled, {countOf(message.result.conflicts, 'different value', 'different values')} kept as
            the surviving record had {message.result.conflicts === 1 ? 'it' : 'them'}, {countOf(message.result.linksMoved, 'link', 'links')} (lists, campaigns, jobs) moved.
          </span>
          <UndoButton pending={undo.isPending} onUndo={() => void runUndo(message.result.mergeId)} />
        </p>
      )}
      {message?.kind === 'undone' && (
        <p className="duplicates__result" role="status" data-testid="duplicates-result">
          Undid the merge: {recordsText(message.result.leads, message.result.companies).toLowerCase()} are back as they were.
        </p>
      )}
      {message?.kind === 'error' && <ErrorNotice inline title="The merge did not run" error={message.error} testId="duplicates-error" />}
    </div>
  );
}

/** `actions`: Merge and Close, hidden while the confirm bar asks; `merging`: the merge runs, Merge says so and both wait. */
function DuplicatesReview({
  preview: p,
  onMerge,
  onClose,
  actions,
  merging,
}: {
  preview: DuplicatesPreviewDto;
  onMerge(): void;
  onClose(): void;
  actions: boolean;
  merging: boolean;
}) {
  return (
    <div className="duplicates-review" data-testid="duplicates-review">
      <table className="compact-table">
        <caption className="visually-hidden">Duplicates by key</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">Found by</th>
            <th scope="col">Would merge</th>
          </tr>
        </thead>
        <tbody>
          {p.byKey.map((c) => (
            <tr key={`${c.entity}:${c.key}`}>
              <th scope="row">{c.entity === 'leads' ? 'Leads' : 'Companies'}</th>
              <td>{keyWords(c.key)}</td>
              <td className="duplicates-review__number">{formatCount(c.records)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="duplicates-review__rules">
        Each merges into the record with a CRM record id (else the one with most values). Its blanks are filled; a value it holds is never changed
        {p.conflicts > 0 && <> — {countOf(p.conflicts, 'value differs', 'values differ')} and stay as it has them, the others kept in the merge log</>}.
        Campaign outcomes, list memberships, review marks and job examples move to it, and leads link to the surviving company.
      </p>
      {p.keptApart.map((k) => (
        <p key={`${k.entity}:${k.key}`} className="duplicates-review__apart">
          {countOf(k.records, k.entity === 'leads' ? 'lead' : 'company', k.entity === 'leads' ? 'leads' : 'companies')} {keptApartReason(k.entity, k.key)}: they stay apart.
        </p>
      ))}
      <table className="compact-table duplicates-review__sample">
        <caption className="duplicates-review__caption">A sample</caption>
        <thead>
          <tr>
            <th scope="col">Shared</th>
            <th scope="col">Merges</th>
            <th scope="col">Into</th>
            <th scope="col">Fills</th>
          </tr>
        </thead>
        <tbody>
          {p.sample.map((g) => (
            <tr key={`${g.entity}:${g.survivor.id}`}>
              <td>
                <span className="duplicates-review__key">{keyWords(g.key)}</span> {g.value}
              </td>
              <td>{g.merged.map((m) => m.label).join(', ')}</td>
              <td>
                {g.survivor.label}
                {g.survivor.recordId && <span className="duplicates-review__id"> · {g.survivor.recordId}</span>}
              </td>
              <td>
                {g.filled.length ? g.filled.join(', ') : '—'}
                {g.campaignMemberships > 0 && <span className="duplicates-review__id"> · {countOf(g.campaignMemberships, 'campaign outcome', 'campaign outcomes')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {actions && (
        <div className="duplicates-review__actions">
          <button type="button" className="button button--primary" disabled={merging} aria-busy={merging} onClick={onMerge}>
            {merging ? 'Merging…' : `Merge ${recordsText(p.leads, p.companies).toLowerCase()}`}
          </button>
          <button type="button" className="button button--ghost" disabled={merging} onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
