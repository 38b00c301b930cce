import { describe, expect, it } from 'vitest';
import { resolveEntityId } from './resolve-entity';

const ZONES = [
  { entityId: 'pz-noord', teamId: 'group-noord' },
  { entityId: 'pz-zuid', teamId: 'group-zuid' },
  { entityId: 'dir-x', teamId: null },
];

describe('resolveEntityId', () => {
  it("takes the entity whose settings name the tab's team", () => {
    expect(resolveEntityId(ZONES, 'group-zuid', 'pz-demo')).toBe('pz-zuid');
  });

  it("falls back to the site's only entity outside a known team", () => {
    const one = [{ entityId: 'pz-demo', teamId: 'group-demo' }];
    expect(resolveEntityId(one, 'group-1', 'other')).toBe('pz-demo');
    expect(resolveEntityId(one, null, 'other')).toBe('pz-demo');
  });

  it('uses the fallback when several entities could be meant, or none is configured', () => {
    expect(resolveEntityId(ZONES, null, 'pz-demo')).toBe('pz-demo');
    expect(resolveEntityId(ZONES, 'group-unknown', 'pz-demo')).toBe('pz-demo');
    expect(resolveEntityId([], 'group-zuid', 'pz-demo')).toBe('pz-demo');
  });
});
