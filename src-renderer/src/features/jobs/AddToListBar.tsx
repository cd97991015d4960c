/**
 * Adds the selected candidates (or all of a job's candidates) to a list of
 * the job's entity: an existing one, or a new one named here. Says what it
 * did: how many were added and how many were already there.
 */
import { useState, type FormEvent } from 'react';
import type { Entity } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { formatCount } from '../../lib/format';

interface Props {
  entity: Entity;
  jobId: number;
  /** Ids picked on the page, or 'all' for every candidate of the job. */
  selection: number[] | 'all';
  total: number;
  /** With 'all': only candidates scoring at least this. */
  minScore?: number;
  /** Called after records were added (the workspace's list count may have changed). */
  onAdded?: () => void;
}

const NEW_LIST = 'new';

export function AddToListBar({ entity, jobId, selection, total, minScore = 0, onAdded }: Props) {
  const api = useApi();
  const [refresh, setRefresh] = useState(0);
  const lists = useQuery(`lists.list:${refresh}`, () => api['lists.list']());
  const [target, setTarget] = useState(NEW_LIST);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const matching = (lists.data ?? []).filter((l) => l.entity === entity);
  const count = selection === 'all' ? total : selection.length;
  const noun = entity === 'leads' ? (count === 1 ? 'lead' : 'leads') : count === 1 ? 'company' : 'companies';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (target === NEW_LIST && !name.trim()) return setMessage({ kind: 'error', text: 'Name the new list.' });
    setBusy(true);
    setMessage(null);
    try {
      const listId = target === NEW_LIST ? (await api['lists.create']({ name: name.trim(), entity })).id : Number(target);
      const result = await api['lists.add'](selection === 'all' ? { listId, fromJob: jobId, ...(minScore > 0 ? { minScore } : {}) } : { listId, ids: selection, entity });
      const listName = target === NEW_LIST ? name.trim() : (matching.find((l) => l.id === listId)?.name ?? `#${listId}`);
      setMessage({
        kind: 'done',
        text: `Added ${formatCount(result.added)} to “${listName}”${result.alreadyThere ? ` (${formatCount(result.alreadyThere)} already there)` : ''}.`,
      });
      setName('');
      setTarget(String(listId));
      setRefresh((r) => r + 1);
      onAdded?.();
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
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
      {message && (
        <span className={`add-to-list__message add-to-list__message--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </span>
      )}
    </form>
  );
}
