import { describe, expect, it } from 'vitest';
import raw from './lists.json';
import { LISTS_MANIFEST, columnDefinition, listDefinition } from './manifest';
import { manifestSchema } from './manifest.schema';

describe('the list manifest', () => {
  it('parses, and every list keeps versioning on with owners among the writers or app-only', () => {
    expect(LISTS_MANIFEST.lists.length).toBeGreaterThanOrEqual(10);
    for (const list of LISTS_MANIFEST.lists) {
      expect(list.versioning.enabled, list.name).toBe(true);
      expect(list.permissions.write, list.name).not.toContain('members');
      expect(list.permissions.write, list.name).not.toContain('visitors');
      expect(list.permissions.read, list.name).toContain('members');
    }
  });

  it('indexes every reference column the app filters on', () => {
    for (const list of LISTS_MANIFEST.lists) {
      for (const column of list.columns) {
        if (/(Ref|EntityId|Status|Key)$/.test(column.name) && column.name !== 'CorrectsRef') {
          expect(column.indexed, `${list.name}.${column.name}`).toBe(true);
        }
      }
    }
  });

  it('rejects an unknown column type, a duplicate column and a bad internal name', () => {
    const clone = (): { version: number; lists: { name: string; columns: unknown[] }[] } =>
      JSON.parse(JSON.stringify(raw)) as {
        version: number;
        lists: { name: string; columns: unknown[] }[];
      };
    const badType = clone();
    badType.lists[0]!.columns.push({ name: 'X', displayName: 'X', type: 'hologram' });
    expect(manifestSchema.safeParse(badType).success).toBe(false);
    const duplicate = clone();
    duplicate.lists[0]!.columns.push(duplicate.lists[0]!.columns[0]);
    expect(manifestSchema.safeParse(duplicate).success).toBe(false);
    const badName = clone();
    badName.lists[0]!.name = 'has space';
    expect(manifestSchema.safeParse(badName).success).toBe(false);
  });

  it('finds lists and columns, Title included, and refuses unknown lists', () => {
    const plans = listDefinition('IntegrityPlans');
    expect(columnDefinition(plans, 'EntityId')?.indexed).toBe(true);
    expect(columnDefinition(plans, 'Title')?.type).toBe('text');
    expect(columnDefinition(plans, 'Nope')).toBeUndefined();
    expect(() => listDefinition('Nope')).toThrow(/Unknown list/);
  });
});

describe('the README', () => {
  it('documents every list of the manifest', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const list of LISTS_MANIFEST.lists) {
      expect(readme, list.name).toContain(`| \`${list.name}\` | ${list.displayName} |`);
    }
  });
});
