type AnyResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

/** The value of an ok result; fails the test with the error otherwise. */
export function okValue<R extends AnyResult>(result: R): Extract<R, { ok: true }>['value'] {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The error of a failed result; fails the test with the value otherwise. */
export function errValue<R extends AnyResult>(result: R): Extract<R, { ok: false }>['error'] {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** A value the test expects to be there; fails the test when it is missing. */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value, got nothing');
  return value;
}
