/** One field on which two versions of a record differ; `path` is dotted (`owner.email`). */
export type FieldDiff = {
  readonly path: string;
  readonly mine: unknown;
  readonly theirs: unknown;
};

/** Which version to keep per differing field. */
export type FieldChoice = 'mine' | 'theirs';

// The store sets these; they never differ because of what a person typed.
const IGNORED = new Set(['updatedAt']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(value: unknown, prefix: string, into: Map<string, unknown>): void {
  if (isPlainObject(value) && (prefix === '' || Object.keys(value).length > 0)) {
    for (const [key, child] of Object.entries(value)) {
      if (prefix === '' && IGNORED.has(key)) continue;
      flatten(child, prefix === '' ? key : `${prefix}.${key}`, into);
    }
    return;
  }
  into.set(prefix, value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields (leaves of nested objects; arrays as one value) where the two versions differ. */
export function diffRecords(mine: unknown, theirs: unknown): FieldDiff[] {
  const left = new Map<string, unknown>();
  const right = new Map<string, unknown>();
  flatten(mine, '', left);
  flatten(theirs, '', right);
  const paths = [...new Set([...left.keys(), ...right.keys()])];
  return paths
    .filter((path) => !same(left.get(path), right.get(path)))
    .map((path) => ({ path, mine: left.get(path), theirs: right.get(path) }));
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    if (value === undefined) Reflect.deleteProperty(target, head);
    else target[head] = value;
    return;
  }
  const child = target[head];
  const copy = isPlainObject(child) ? { ...child } : {};
  setPath(copy, rest, value);
  target[head] = copy;
}

/** Their version with my value on every field where I chose mine. */
export function mergeRecords<T>(
  mine: T,
  theirs: T,
  choices: Readonly<Record<string, FieldChoice>>,
): T {
  const merged = { ...(theirs as Record<string, unknown>) };
  for (const diff of diffRecords(mine, theirs)) {
    if (choices[diff.path] === 'mine') setPath(merged, diff.path.split('.'), diff.mine);
  }
  return merged as T;
}
