import { z } from 'zod';

/**
 * The shape of `lists.json`: the SharePoint lists the app keeps its record in. Provisioning, the
 * Graph mappers and the local emulator all read the one file through this schema, so a typo in a
 * column type fails at load, not halfway through provisioning a tenant.
 */

const internalName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, 'internal names are ASCII, start with a letter, ≤ 32');

const common = {
  name: internalName,
  displayName: z.string().min(1).max(255),
  description: z.string().max(255).default(''),
  required: z.boolean().default(false),
  indexed: z.boolean().default(false),
  enforceUniqueValues: z.boolean().default(false),
};

export const columnSchema = z.discriminatedUnion('type', [
  z.object({
    ...common,
    type: z.literal('text'),
    maxLength: z.number().int().min(1).max(255).default(255),
  }),
  z.object({
    ...common,
    type: z.literal('note'),
    maxLength: z.number().int().min(1).max(63_999).default(63_999),
  }),
  z.object({
    ...common,
    type: z.literal('number'),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    decimalPlaces: z.enum(['automatic', 'none', 'one', 'two']).default('automatic'),
  }),
  z.object({ ...common, type: z.literal('currency'), locale: z.number().int().default(2067) }),
  z.object({ ...common, type: z.literal('dateTime'), format: z.enum(['dateOnly', 'dateTime']) }),
  z.object({
    ...common,
    type: z.literal('choice'),
    choices: z.array(z.string().min(1).max(255)).min(1),
  }),
  z.object({ ...common, type: z.literal('boolean') }),
  z.object({ ...common, type: z.literal('lookup'), list: internalName, column: internalName }),
  z.object({
    ...common,
    type: z.literal('person'),
    allowMultipleSelection: z.boolean().default(false),
  }),
]);

export type ColumnDefinition = z.infer<typeof columnSchema>;
export type ColumnType = ColumnDefinition['type'];

/** Who may do what on a list: SharePoint groups of the Team site, plus the app's own identity. */
export const principalSchema = z.enum(['owners', 'members', 'visitors', 'app']);
export type Principal = z.infer<typeof principalSchema>;

export const listSchema = z.object({
  /** Internal (URL) name; also the key code uses. */
  name: internalName,
  displayName: z.string().min(1).max(255),
  description: z.string().max(255),
  /** What the Title column holds for this list (every genericList has one). */
  titleHolds: z.string(),
  columns: z.array(columnSchema),
  versioning: z.object({
    enabled: z.boolean(),
    majorVersionLimit: z.number().int().min(1).max(50_000),
  }),
  permissions: z.object({
    read: z.array(principalSchema).min(1),
    write: z.array(principalSchema).min(1),
  }),
  /** Who writes the list, in words, for the README table. */
  writtenBy: z.string(),
});

export type ListDefinition = z.infer<typeof listSchema>;

export const manifestSchema = z
  .object({
    version: z.number().int().min(1),
    lists: z.array(listSchema).min(1),
  })
  .superRefine((manifest, ctx) => {
    const names = new Set<string>();
    for (const list of manifest.lists) {
      if (names.has(list.name)) {
        ctx.addIssue({ code: 'custom', message: `duplicate list ${list.name}` });
      }
      names.add(list.name);
      const columns = new Set<string>(['Title']);
      for (const column of list.columns) {
        if (columns.has(column.name)) {
          ctx.addIssue({ code: 'custom', message: `duplicate column ${list.name}.${column.name}` });
        }
        columns.add(column.name);
      }
      // SharePoint allows at most 20 indexed columns per list.
      if (list.columns.filter((c) => c.indexed).length > 20) {
        ctx.addIssue({ code: 'custom', message: `${list.name} has more than 20 indexed columns` });
      }
    }
  });

export type ListsManifest = z.infer<typeof manifestSchema>;
