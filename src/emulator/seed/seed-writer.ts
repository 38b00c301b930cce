import { listDefinition } from '../../../manifest/manifest';
import type { ColumnDefinition } from '../../../manifest/manifest.schema';
import { HAND_EDIT_USER, PERSONA_PROFILES, type Persona } from '../auth/personas';
import { fieldKey, mergeFields, validateFieldWrite } from '../graph/field-values';
import type { Db } from '../store/db';
import { createItem, getItem, updateItem } from '../store/items-store';
import { columnsOfList, findList } from '../store/lists-store';
import type { FieldValues, ItemRecord, ListRecord, SiteRecord } from '../store/model';
import { formDateOnly } from '../store/site-dates';
import { findSiteUser } from '../store/sites-store';

export type SeedAuthor = Persona | 'hand-edit';

function userIdOf(author: SeedAuthor): number {
  return author === 'hand-edit' ? HAND_EDIT_USER.id : PERSONA_PROFILES[author].siteUserId;
}

/**
 * Writes seed items through the same validation as Graph writes (so the demo data keeps to the
 * manifest's column conventions, and a manifest change that breaks it fails loudly), with the
 * author and time given, so the seed carries a believable version history.
 */
export class SeedWriter {
  constructor(
    private readonly db: Db,
    private readonly site: SiteRecord,
  ) {}

  private readonly lists = new Map<string, { list: ListRecord; columns: ColumnDefinition[] }>();

  /** Lists and columns do not change while seeding, so they are read once. */
  private scope(name: string): { list: ListRecord; columns: ColumnDefinition[] } {
    let entry = this.lists.get(name);
    if (entry === undefined) {
      const list = findList(this.db, this.site.id, name);
      if (list === undefined) throw new Error(`seed: list ${name} is not provisioned`);
      entry = { list, columns: columnsOfList(this.db, list.id).map((c) => c.definition) };
      this.lists.set(name, entry);
    }
    return entry;
  }

  /** Whether the manifest list has the column (the manifest grows while the app is built). */
  hasColumn(listName: string, column: string): boolean {
    return listDefinition(listName).columns.some((c) => c.name === column);
  }

  private validate(
    columns: ColumnDefinition[],
    fields: FieldValues,
    author: SeedAuthor,
  ): FieldValues {
    // A hand edit in SharePoint's form is not a Graph write: store what the form would store.
    if (author === 'hand-edit') return fields;
    return validateFieldWrite(columns, fields, {
      timeZone: this.site.timeZone,
      userExists: (id) => findSiteUser(this.db, this.site.id, id) !== undefined,
    });
  }

  /** A date as SharePoint's own form stores it in a date-only column: site-local midnight. */
  formDate(isoDate: string): string {
    return formDateOnly(isoDate, this.site.timeZone);
  }

  create(listName: string, fields: FieldValues, author: SeedAuthor, at: string): ItemRecord {
    const { list, columns } = this.scope(listName);
    const values = mergeFields({}, this.validate(columns, fields, author));
    const missing = columns.filter((c) => c.required && values[fieldKey(c)] === undefined);
    if (missing.length > 0) {
      throw new Error(
        `seed: ${listName} item lacks required ${missing.map((c) => c.name).join(', ')}`,
      );
    }
    return createItem(this.db, list.id, values, { userId: userIdOf(author), at });
  }

  update(
    listName: string,
    item: ItemRecord,
    changes: FieldValues,
    author: SeedAuthor,
    at: string,
  ): ItemRecord {
    const { list, columns } = this.scope(listName);
    const current = getItem(this.db, list.id, item.id);
    if (current === undefined) throw new Error(`seed: ${listName} item ${item.id} is gone`);
    const values = mergeFields(current.fields, this.validate(columns, changes, author));
    return updateItem(this.db, list, current, values, { userId: userIdOf(author), at });
  }
}

/** An item's id as `*Ref` columns hold it. */
export function ref(item: ItemRecord): string {
  return String(item.id);
}
