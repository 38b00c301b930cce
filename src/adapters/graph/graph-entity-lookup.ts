import type { AccessTokenProvider } from '../../ports/access-token-provider';
import type { StoreResult } from '../../ports/store.types';
import type { GraphStoreContext } from './graph-context';
import { createGraphHttp } from './graph-http';
import { collectPages, getOne } from './graph-reads';
import { DEFAULT_RETRY_POLICY } from './graph-retry';
import { expandFields, itemsPath } from './odata';

/** An entity of the site and the team (Microsoft 365 group id) its settings name, if any. */
export type EntityTeam = { readonly entityId: string; readonly teamId: string | null };

export type EntityTeamsOptions = {
  readonly graphBaseUrl: string;
  readonly siteId: string;
  readonly tokens: AccessTokenProvider;
};

const SETTINGS_LIST = 'IntegritySettings';
const PAGE_SIZE = 500;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Every entity of the site's IntegritySettings list with its TeamId, in one request: the tab
 * finds the entity of the team it is opened in. `TeamId` is not an indexed column, and a site
 * holds one settings item per entity (a handful), so the list is read whole with two columns
 * rather than filtered. Items without an EntityId are skipped: they name no entity.
 */
export async function listEntityTeams(
  options: EntityTeamsOptions,
): Promise<StoreResult<readonly EntityTeam[]>> {
  const ctx: GraphStoreContext = {
    http: createGraphHttp({ graphBaseUrl: options.graphBaseUrl, tokens: options.tokens }),
    siteId: options.siteId,
    listSegment: (name) => name,
    policy: DEFAULT_RETRY_POLICY,
    pageSize: PAGE_SIZE,
    newToken: () => crypto.randomUUID(),
  };
  const path = `${itemsPath(ctx.siteId, SETTINGS_LIST)}?${expandFields(['EntityId', 'TeamId'])}&$top=${String(PAGE_SIZE)}`;
  const first = await getOne(ctx, path, 'settings');
  if (!first.ok) return first;
  const items = await collectPages(ctx, first.value.body, 'settings');
  if (!items.ok) return items;
  const entities = items.value.flatMap((item): EntityTeam[] => {
    const fields = (item as { fields?: Record<string, unknown> }).fields ?? {};
    const entityId = text(fields['EntityId']);
    return entityId === null ? [] : [{ entityId, teamId: text(fields['TeamId']) }];
  });
  return { ok: true, value: entities };
}
