import { describe, expect, it } from 'vitest';
import {
  currentPath,
  formatRoute,
  matchRoute,
  parseRoute,
  routeHref,
  sectionOf,
  type Route,
} from './routes';

const ROUTES: readonly Route[] = [
  { name: 'home' },
  { name: 'plan' },
  { name: 'plan-objective', objectiveId: '12' },
  { name: 'measurements' },
  { name: 'measurement', measurementId: 'm 1/2' },
  { name: 'dashboard' },
  { name: 'history', list: 'objective', itemId: '7' },
  { name: 'my-actions' },
  { name: 'exports' },
  { name: 'settings' },
];

describe('routes', () => {
  it.each(ROUTES)('round-trips $name through its path', (route) => {
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('encodes ids so a slash in an id cannot change the route', () => {
    expect(routeHref({ name: 'measurement', measurementId: 'm 1/2' })).toBe(
      '#/measurement/m%201%2F2',
    );
  });

  it.each([
    ['', { name: 'home' }],
    ['/plan/', { name: 'plan' }],
    ['history/rating/3', { name: 'history', list: 'rating', itemId: '3' }],
  ] as const)('reads %j', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it.each([
    'plans',
    'plan/objective',
    'plan/objective/',
    'plan/7',
    'measurement/%E0%A4%A',
    'history/unknownList/1',
    'settings/extra',
  ])('has no route for %j', (path) => {
    expect(matchRoute(path)).toEqual({ kind: 'not-found', path });
  });

  it('takes the hash first, then the Teams deep link, and ignores hashes that are no route', () => {
    expect(currentPath('#/dashboard', 'measurement/4')).toBe('dashboard');
    expect(currentPath('', 'measurement/4')).toBe('measurement/4');
    expect(currentPath('#main-content', null)).toBe('');
  });

  it('puts detail pages under their section', () => {
    expect(sectionOf({ name: 'plan-objective', objectiveId: '1' })).toBe('plan');
    expect(sectionOf({ name: 'measurement', measurementId: '1' })).toBe('measurements');
    expect(sectionOf({ name: 'history', list: 'plan', itemId: '1' })).toBeNull();
  });
});
