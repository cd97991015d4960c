/**
 * Every key a later import finds a record by is indexed (issue 9, defect 4):
 * a lead by its CRM record id, its email or its name at its company; a
 * company by its CRM id, its domain or its normalised name. Before this, a
 * lead was found by the one identity string its first file gave it, so an
 * outcomes file keyed by email never reached the leads a contacts file keyed
 * by record id, and a companies export never reached the companies its
 * contacts had made.
 *
 * Each lookup probes an index the insert of a new record maintains anyway, so
 * a lookup that finds nothing costs no page the insert would not read:
 *  - record id: the identity index holds `rid:<id>` for leads first keyed by
 *    it; leads_by_late_record_id holds only the others (a lead first keyed by
 *    email or name that a later file gave a record id), so it stays small;
 *  - email: leads_by_email. The importer stores emails lower-cased, so it
 *    serves case-insensitive lookups; the UPDATE makes that hold for rows
 *    written any other way;
 *  - name at company: leads_by_company gains the lead's folded full name
 *    (leads.name_key, crm/compile.ts) after its company id. Backfilled with
 *    SQL's lower(), which agrees with the importer's folding for plain ASCII
 *    names and otherwise misses (a new lead), never mismatches.
 *
 * import_row_digests is scratch space for one import: how often each key-less
 * row's content has occurred in the file so far. It lives in the database,
 * not in a JS Map, so an import's memory does not grow with the file
 * (defect 10); rows are written and deleted inside the import's transaction,
 * so it is empty whenever no import runs.
 */
export const name = 'record_keys';

export const sql = `
ALTER TABLE leads ADD COLUMN name_key TEXT;
UPDATE leads SET email = lower(email) WHERE email <> lower(email);
UPDATE leads SET name_key = lower(full_name) WHERE full_name IS NOT NULL;
DROP INDEX leads_by_company;
CREATE INDEX leads_by_company ON leads(company_id, name_key) WHERE company_id IS NOT NULL;
CREATE INDEX leads_by_late_record_id ON leads(record_id)
  WHERE record_id IS NOT NULL AND identity IS NOT 'rid:' || record_id;
CREATE INDEX companies_by_record_id ON companies(record_id) WHERE record_id IS NOT NULL;

CREATE TABLE import_row_digests (
  digest  TEXT PRIMARY KEY,
  seen    INTEGER NOT NULL
) WITHOUT ROWID;
`;
