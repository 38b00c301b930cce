/**
 * Business outcomes are values, faults are thrown. A failure carries a stable `code` that maps to
 * a translated message (see `src/core/i18n/messages.ts`) and optional details for interpolation.
 */
export type DomainError<C extends string = string> = {
  readonly code: C;
  readonly details?: Readonly<Record<string, string | number>>;
};

export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<E> = { readonly ok: false; readonly error: E };
export type Result<T, E = DomainError> = Ok<T> | Err<E>;

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/** Wraps a business failure with its stable code and optional details. */
export function err<C extends string>(
  code: C,
  details?: Readonly<Record<string, string | number>>,
): Err<DomainError<C>> {
  return { ok: false, error: details === undefined ? { code } : { code, details } };
}
