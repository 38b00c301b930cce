import type { Read, RecordKind, Stored, StoreError } from '../../ports/store.types';
import { isInvalidRecord } from '../../ports/store.types';
import type { GraphStoreContext } from './graph-context';
import { collectPages, getOne, itemPath, listQueryPath } from './graph-reads';
import { decodeItem } from './item-decoder';
import type { RecordCodec } from './mappers/mapper.types';
import { whitelist } from './mappers/list-schema';

/** The current version of an item: the record, or null when it is gone. */
export async function readCurrent(
  ctx: GraphStoreContext,
  codec: RecordCodec<unknown>,
  id: string,
): Promise<{ ok: true; value: Read<unknown> | null } | { ok: false; error: StoreError }> {
  const response = await getOne(ctx, itemPath(ctx, codec.listName, id), codec.kind, id);
  if (!response.ok) {
    return response.error.code === 'STORE.NOT_FOUND' ? { ok: true, value: null } : response;
  }
  return { ok: true, value: decodeItem(codec, response.value.body) };
}

/** A conflict carrying the server's current version (re-read), or the failure of the re-read. */
export async function conflictWithCurrent(
  ctx: GraphStoreContext,
  codec: RecordCodec<unknown>,
  id: string,
): Promise<StoreError> {
  const current = await readCurrent(ctx, codec, id);
  if (!current.ok) return current.error;
  return conflict(codec.kind, id, current.value);
}

export function conflict(kind: RecordKind, id: string, current: Read<unknown> | null): StoreError {
  return { code: 'STORE.CONFLICT', details: { kind, id }, kind, id, current };
}

function same(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown => (v === undefined || v === '' ? null : v);
  return norm(a) === norm(b);
}

/** What a re-read after an unanswered write found. */
export type Landing =
  | { readonly type: 'landed'; readonly stored: Stored<unknown> | null }
  | { readonly type: 'not-landed' }
  | { readonly type: 'failed'; readonly error: StoreError };

/** The raw whitelisted fields of an item read, valid or not. */
export async function readRaw(
  ctx: GraphStoreContext,
  codec: RecordCodec<unknown>,
  id: string,
): Promise<
  | { ok: true; value: { read: Read<unknown>; raw: Record<string, unknown> } | null }
  | { ok: false; error: StoreError }
> {
  const response = await getOne(ctx, itemPath(ctx, codec.listName, id), codec.kind, id);
  if (!response.ok) {
    return response.error.code === 'STORE.NOT_FOUND' ? { ok: true, value: null } : response;
  }
  const body = response.value.body as { fields?: unknown } | null;
  return {
    ok: true,
    value: { read: decodeItem(codec, body), raw: whitelist(codec.listName, body?.fields) },
  };
}

function fieldsMatch(
  raw: Readonly<Record<string, unknown>>,
  sent: Readonly<Record<string, unknown>>,
) {
  return Object.entries(sent).every(([name, value]) => same(raw[name], value));
}

function asStored(read: Read<unknown>): Stored<unknown> | StoreError {
  if (!isInvalidRecord(read)) return read;
  return {
    code: 'STORE.INVALID_RECORD',
    details: { kind: read.kind, id: read.id, reason: read.reason },
    kind: read.kind,
    id: read.id,
    record: read,
  };
}

function landed(read: Read<unknown>): Landing {
  const stored = asStored(read);
  return 'code' in stored ? { type: 'failed', error: stored } : { type: 'landed', stored };
}

/**
 * After a write went unanswered (dropped connection, gateway timeout) we re-read before sending
 * it again, so nothing is written twice and nothing silently overwritten:
 * - a create is looked up by its landing column (the random `ClientToken`, or the list's unique
 *   key); found with our values → it landed;
 * - an update landed if the item holds our values; it did not if the eTag is still the one we
 *   sent; anything else is someone else's change → conflict;
 * - a delete landed if the item is gone; it did not if the eTag is unchanged; else → conflict.
 */
export async function checkLanding(
  ctx: GraphStoreContext,
  codec: RecordCodec<unknown>,
  op: 'create' | 'update' | 'delete',
  target: { readonly id: string | null; readonly etag: string | null },
  sent: Readonly<Record<string, unknown>>,
): Promise<Landing> {
  if (op === 'create') {
    const key = sent[codec.landingColumn];
    if (typeof key !== 'string') throw new Error(`create without ${codec.landingColumn}`);
    const first = await getOne(
      ctx,
      listQueryPath(ctx, codec.listName, codec.landingColumn, key),
      codec.kind,
    );
    if (!first.ok) return { type: 'failed', error: first.error };
    const items = await collectPages(ctx, first.value.body, codec.kind);
    if (!items.ok) return { type: 'failed', error: items.error };
    const found = items.value[0];
    if (found === undefined) return { type: 'not-landed' };
    const raw = whitelist(codec.listName, (found as { fields?: unknown }).fields);
    const read = decodeItem(codec, found);
    if (fieldsMatch(raw, sent)) return landed(read);
    return { type: 'failed', error: conflict(codec.kind, read.id, read) };
  }
  const id = target.id ?? '';
  const current = await readRaw(ctx, codec, id);
  if (!current.ok) return { type: 'failed', error: current.error };
  if (current.value === null) {
    if (op === 'delete') return { type: 'landed', stored: null };
    return {
      type: 'failed',
      error: { code: 'STORE.NOT_FOUND', details: { kind: codec.kind, id }, kind: codec.kind, id },
    };
  }
  const { read, raw } = current.value;
  if (read.etag === target.etag) return { type: 'not-landed' };
  if (op === 'update' && fieldsMatch(raw, sent)) return landed(read);
  return { type: 'failed', error: conflict(codec.kind, id, read) };
}
