/**
 * Adds the selected candidates (or all of a job's candidates) to a list of
 * the job's entity: an existing one, or a new one named here. Says what it
 * did: how many were added and how many were already there. Members keep
 * the job's score they were added with. Picked candidates can also be
 * marked a good fit or not a fit (the review loop, features/review).
 */
import { useState, type FormEvent } from 'react';
import type { Entity } from '../../../../src-main/contract/dto';
import { AppError } from '../../../../src-main/contract/errors';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../lib/format';
import { useAddToList } from '../lists/mutations';
import { listsQuery } from '../lists/queries';
import { MarkSelectionButtons } from '../review/MarkControls';

interface Props {
  entity: Entity;
  jobId: number;
  /** Ids picked on the page, or 'all' for every candidate of the job. */
  selection: number[] | 'all';
  total: number;
  /** With 'all': only candidates scoring at least this. */
  minScore?: number;
}

const NEW_LIST = 'new';

export function AddToListBar({ entity, jobId, selection, total, minScore = 0 }: Props) {
  const api = useApi();
  const lists = useQuery(listsQuery(api));
  const addToList = useAddToList();
  const [target, setTarget] = useState(NEW_LIST);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done'; text: string } | { kind: 'error'; error: unknown } | null>(null);
  const matching = (lists.data ?? []).filter((l) => l.entity === entity);
  const count = selection === 'all' ? total : selection.length;
  const noun = entity === 'leads' ? (count === 1 ? 'lead' : 'leads') : count === 1 ? 'company' : 'companies';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (target === NEW_LIST && !name.trim()) return setMessage({ kind: 'error', error: new AppError('invalid_input', 'Name the new list.') });
    setBusy(true);
    setMessage(null);
    try {
      const { listId, ...result } = await addToList.mutateAsync({
        target: target === NEW_LIST ? { create: { name: name.trim(), entity } } : { listId: Number(target) },
        records: selection === 'all' ? { fromJob: jobId, ...(minScore > 0 ? { minScore } : {}) } : { ids: selection, entity, jobId },
      });
      const listName = target === NEW_LIST ? name.trim() : (matching.find((l) => l.id === listId)?.name ?? `#${listId}`);
      setMessage({
        kind: 'done',
        text: `Added ${formatCount(result.added)} to “${listName}”${result.alreadyThere ? ` (${formatCount(result.alreadyThere)} already there)` : ''}.`,
      });
      setName('');
      setTarget(String(listId));
    } catch (error) {
      setMessage({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form className="add-to-list" onSubmit={submit} noValidate data-testid="add-to-list">
        <span className="add-to-list__count">
          {formatCount(count)} {noun} selected
        </span>
        <label className="field">
          <span className="visually-hidden">List</span>
          <select value={target} onChange={(e) => setTarget(e.target.value)} aria-label="List to add to">
            <option value={NEW_LIST}>New list…</option>
            {matching.map((l) => (
              <option key={l.id} value={String(l.id)}>
                {l.name} ({formatCount(l.members)})
              </option>
            ))}
          </select>
        </label>
        {target === NEW_LIST && (
          <label className="field">
            <span className="visually-hidden">New list name</span>
            <input className="add-to-list__name" value={name} onChange={(e) => setName(e.target.value)} placeholder="New list name" aria-label="New list name" />
          </label>
        )}
        <button type="submit" className="button button--primary" disabled={busy || count === 0}>
          Add to list
        </button>
        {message?.kind === 'done' && (
          <span className="add-to-list__message add-to-list__message--done" role="status">
            {message.text}
          </span>
        )}
        {message?.kind === 'error' && <ErrorNotice inline error={message.error} />}
      </form>
      {selection !== 'all' && <MarkSelectionButtons jobId={jobId} ids={selection} />}
    </>
  );
}
