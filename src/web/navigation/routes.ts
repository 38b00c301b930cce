import { RECORD_KINDS, type RecordKind } from '../../ports/store.types';

/** Every screen of the tab. Ids are the store's ids, kept as strings. */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'plan' }
  | { readonly name: 'plan-objective'; readonly objectiveId: string }
  | { readonly name: 'measurements' }
  | { readonly name: 'measurement'; readonly measurementId: string }
  | { readonly name: 'dashboard' }
  | { readonly name: 'history'; readonly list: RecordKind; readonly itemId: string }
  | { readonly name: 'my-actions' }
  /** The first-run set-up wizard (owners); reached from the set-up notice, not the sections. */
  | { readonly name: 'setup' }
  | { readonly name: 'exports' }
  | { readonly name: 'settings' };

export type RouteName = Route['name'];

/** The top-level sections shown in the navigation, in order. */
export const SECTIONS = [
  'home',
  'plan',
  'measurements',
  'dashboard',
  'my-actions',
  'exports',
  'settings',
] as const;
export type Section = (typeof SECTIONS)[number];

/** A path that names a route, or one that does not (shown as "page not found"). */
export type RouteMatch =
  | { readonly kind: 'route'; readonly route: Route }
  | { readonly kind: 'not-found'; readonly path: string };

function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

function isRecordKind(value: string): value is RecordKind {
  return (RECORD_KINDS as readonly string[]).includes(value);
}

function decode(segment: string): string | null {
  try {
    const value = decodeURIComponent(segment);
    return value === '' ? null : value;
  } catch {
    return null;
  }
}

/**
 * Reads a route path such as `plan/objective/12` (the URL hash without `#/`, or a Teams deep
 * link's `subPageId`). Empty means home.
 */
export function parseRoute(path: string): Route | null {
  const segments = path.replace(/^\/+|\/+$/g, '').split('/');
  const [head = '', ...rest] = segments;
  if (head === '' && rest.length === 0) return { name: 'home' };
  if (head === 'setup' && rest.length === 0) return { name: 'setup' };
  if (rest.length === 0) return isSection(head) ? { name: head } : null;
  if (head === 'plan' && rest.length === 2 && rest[0] === 'objective') {
    const objectiveId = decode(rest[1] ?? '');
    return objectiveId === null ? null : { name: 'plan-objective', objectiveId };
  }
  if (head === 'measurement' && rest.length === 1) {
    const measurementId = decode(rest[0] ?? '');
    return measurementId === null ? null : { name: 'measurement', measurementId };
  }
  if (head === 'history' && rest.length === 2) {
    const [list = '', id = ''] = rest;
    const itemId = decode(id);
    return isRecordKind(list) && itemId !== null ? { name: 'history', list, itemId } : null;
  }
  return null;
}

/** The path of a route, ids URL-encoded: the inverse of `parseRoute`. */
export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'plan-objective':
      return `plan/objective/${encodeURIComponent(route.objectiveId)}`;
    case 'measurement':
      return `measurement/${encodeURIComponent(route.measurementId)}`;
    case 'history':
      return `history/${route.list}/${encodeURIComponent(route.itemId)}`;
    default:
      return route.name;
  }
}

/** The link to a route inside the tab. */
export function routeHref(route: Route): string {
  return `#/${formatRoute(route)}`;
}

/**
 * The route path the page was opened at: the URL hash when it holds one (`#/…`), otherwise the
 * host's deep link, otherwise home. Other hashes (e.g. `#main-content`) are not routes.
 */
export function currentPath(hash: string, subPageId: string | null): string {
  if (hash.startsWith('#/')) return hash.slice(2);
  return subPageId ?? '';
}

export function matchRoute(path: string): RouteMatch {
  const route = parseRoute(path);
  return route === null ? { kind: 'not-found', path } : { kind: 'route', route };
}

/** The navigation section a route belongs to; history pages belong to none. */
export function sectionOf(route: Route): Section | null {
  switch (route.name) {
    case 'plan-objective':
      return 'plan';
    case 'measurement':
      return 'measurements';
    case 'history':
    case 'setup':
      return null;
    default:
      return route.name;
  }
}
