import type { Read, RecordIssue } from '../../ports/store.types';
import type { PersonRef } from '../../core/shared/person';
import type { RecordCodec } from './mappers/mapper.types';
import { fieldsSchema, toIssues, whitelist } from './mappers/list-schema';

type GraphIdentity = {
  readonly id?: unknown;
  readonly displayName?: unknown;
  readonly email?: unknown;
};

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function modifiedBy(item: Record<string, unknown>): PersonRef | null {
  const by = item.lastModifiedBy as
    { user?: GraphIdentity; application?: GraphIdentity } | undefined;
  const who = by?.user ?? by?.application;
  const displayName = str(who?.displayName);
  if (displayName === null) return null;
  const id = str(who?.id);
  const email = str(who?.email);
  return { displayName, ...(id === null ? {} : { id }), ...(email === null ? {} : { email }) };
}

/** The item's eTag: on the item, else in its fields (Graph puts it in both). */
export function etagOf(item: Record<string, unknown>): string {
  const fields = (item.fields ?? {}) as Record<string, unknown>;
  return str(item.eTag) ?? str(item['@odata.etag']) ?? str(fields['@odata.etag']) ?? '';
}

/**
 * A Graph list item as a record: the whitelisted fields checked against the manifest, then the
 * model's rules. Anything that does not fit comes back as an invalid record with the raw values.
 */
export function decodeItem<T>(codec: RecordCodec<T>, item: unknown): Read<T> {
  const it = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
  const fields = (it.fields ?? {}) as Record<string, unknown>;
  const id = str(it.id) ?? str(fields.id) ?? '';
  const etag = etagOf(it);
  const raw = whitelist(codec.listName, fields);
  const invalid = (issues: readonly RecordIssue[]): Read<T> => ({
    kind: codec.kind,
    id,
    etag,
    reason: issues.map((i) => (i.field === '' ? i.message : `${i.field}: ${i.message}`)).join('; '),
    issues,
    raw,
  });
  const checked = fieldsSchema(codec.listName).safeParse(raw);
  if (!checked.success) return invalid(toIssues(checked.error));
  const modifiedAt = str(it.lastModifiedDateTime) ?? str(fields.Modified);
  const decoded = codec.decode(raw, { id, modifiedAt });
  if (!decoded.ok) return invalid(decoded.issues);
  return {
    id,
    value: decoded.value,
    etag,
    version: str(fields._UIVersionString),
    modifiedAt,
    modifiedBy: modifiedBy(it),
  };
}
