/**
 * The value box of a condition: type freely, or pick one of the field's
 * commonest values as the data holds them, with how many records hold each
 * (read again as the user types, after a pause). An ARIA 1.2 combobox: the
 * input owns a listbox; ArrowDown/ArrowUp move through it, Enter picks,
 * Escape closes. With `multiple` (an `is one of` list) a pick replaces the
 * item being typed after the last comma.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Entity } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { formatCount } from '../../lib/format';
import { itemBeingTyped } from './condition-lines';
import { fieldValuesQuery } from './queries';
// Its own styles: the grid's filters use the box too, without the segment builder's.
import './ValueCombobox.css';

const SEARCH_DELAY_MS = 200;

interface Props {
  entity: Entity;
  /** The field as a condition names it; no suggestions without one. */
  field: string;
  value: string;
  onChange: (value: string) => void;
  multiple: boolean;
  label: string;
  placeholder?: string;
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export function ValueCombobox({ entity, field, value, onChange, multiple, label, placeholder }: Props) {
  const api = useApi();
  const ids = useId();
  const listId = `${ids}-values`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { head, item } = itemBeingTyped(value, multiple);
  const search = useDebounced(item, SEARCH_DELAY_MS);
  const values = useQuery({ ...fieldValuesQuery(api, entity, field, search), enabled: open && field !== '', placeholderData: keepPreviousData });
  const options = field !== '' ? (values.data?.values ?? []) : [];
  const sampled = values.data?.sampled ?? false;
  const expanded = open && options.length > 0;

  useEffect(() => setActive(-1), [search, field]);

  const pick = (picked: string) => {
    onChange(multiple ? `${head}${picked}, ` : picked);
    setActive(-1);
    if (!multiple) setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (options.length === 0 ? -1 : Math.min(i + 1, options.length - 1)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && expanded && active >= 0 && options[active]) {
      // Picking, not submitting the form.
      event.preventDefault();
      pick(options[active].value);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="value-combobox">
      <input
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={`Values of ${label}`} className="value-combobox__list" hidden={!expanded}>
        {options.map((o, i) => (
          <li
            key={o.value}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="value-combobox__option"
            // Before the input's blur closes the list.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o.value)}
          >
            <span className="value-combobox__value">{o.value}</span>
            <span className="value-combobox__count">
              {sampled ? '≈ ' : ''}
              {formatCount(o.count)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
