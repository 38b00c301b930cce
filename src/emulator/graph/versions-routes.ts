import { isoSeconds, type EmulatorContext } from '../context';
import type { EmuRequest } from '../http/router';
import { updateItem, versionsOfItem } from '../store/items-store';
import type { ItemVersionRecord } from '../store/model';
import { itemNotFound } from './errors';
import { requireItemWrite } from './item-access';
import { ITEMS_PATH, requireItem } from './items-routes';
import { parseFieldsExpansion } from './odata-query';
import { columnDefinitions, identityOf, requireList, requireSite, shapeContext } from './scope';
import { itemsContext, renderFields, versionShape } from './shapes';
import { graphRoute } from './sites-routes';

function load(ctx: EmulatorContext, req: EmuRequest, need: 'read' | 'write') {
  const site = requireSite(ctx, req.params.siteId ?? '');
  const list = requireList(ctx, site, req.params.listId ?? '', identityOf(req), need);
  const item = requireItem(ctx, list, req.params.itemId ?? '');
  return { site, list, item, columns: columnDefinitions(ctx, list) };
}

function findVersion(versions: readonly ItemVersionRecord[], versionId: string): ItemVersionRecord {
  const match = /^(\d+)(?:\.0)?$/.exec(versionId);
  const version =
    match === null ? undefined : versions.find((v) => v.uiVersion === Number(match[1]));
  if (version === undefined)
    throw itemNotFound(`Version '${versionId}' of the item could not be found.`);
  return version;
}

/**
 * Item versions (listitem-list-versions, listitemversion-get/-restore): ids are `"major.0"`,
 * newest first; a single version carries its field values.
 */
export function registerVersionRoutes(ctx: EmulatorContext): void {
  const { router } = ctx;
  const versionsPath = `${ITEMS_PATH}/:itemId/versions`;

  router.add(
    'GET',
    versionsPath,
    (req) => {
      const { site, list, item, columns } = load(ctx, req, 'read');
      const withFields = parseFieldsExpansion(req.url).expanded;
      return {
        status: 200,
        body: {
          '@odata.context': `${itemsContext(shapeContext(ctx), site, list)}('${item.id}')/versions`,
          value: versionsOfItem(ctx.db, list.id, item.id).map((v) =>
            versionShape(shapeContext(ctx), site, columns, item, v, withFields),
          ),
        },
      };
    },
    graphRoute('graph.versions'),
  );

  router.add(
    'GET',
    `${versionsPath}/:versionId`,
    (req) => {
      const { site, list, item, columns } = load(ctx, req, 'read');
      const version = findVersion(
        versionsOfItem(ctx.db, list.id, item.id),
        req.params.versionId ?? '',
      );
      return {
        status: 200,
        body: versionShape(shapeContext(ctx), site, columns, item, version, true),
      };
    },
    graphRoute('graph.versions'),
  );

  router.add(
    'GET',
    `${versionsPath}/:versionId/fields`,
    (req) => {
      const { list, item, columns } = load(ctx, req, 'read');
      const version = findVersion(
        versionsOfItem(ctx.db, list.id, item.id),
        req.params.versionId ?? '',
      );
      return {
        status: 200,
        body: renderFields(
          columns,
          {
            id: item.id,
            fields: version.fields,
            created: item.created,
            modified: version.modified,
            authorId: item.authorId,
            editorId: version.editorId,
            uiVersion: version.uiVersion,
            eTag: `"${item.uniqueId},${version.uiVersion}"`,
          },
          undefined,
        ),
      };
    },
    graphRoute('graph.versions'),
  );

  // Restoring writes the old values as a new current version (204, listitemversion-restore).
  router.add(
    'POST',
    `${versionsPath}/:versionId/restoreVersion`,
    (req) => {
      const { list, item } = load(ctx, req, 'write');
      requireItemWrite(ctx.db, list, item.id, identityOf(req));
      const version = findVersion(
        versionsOfItem(ctx.db, list.id, item.id),
        req.params.versionId ?? '',
      );
      updateItem(ctx.db, list, item, version.fields, {
        userId: identityOf(req).profile.siteUserId,
        at: isoSeconds(ctx.now()),
      });
      return { status: 204 };
    },
    graphRoute('graph.versions'),
  );
}
