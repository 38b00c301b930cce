import type { EntityTeam } from '../../adapters/graph/graph-entity-lookup';

/**
 * The entity a tab shows: the one whose settings name the team the tab is open in (its Microsoft
 * 365 group id), else the site's only entity (a personal app or a plain browser on a one-entity
 * site), else `fallback`. The tab instance's own id (Teams `page.id`) is never an entity: it
 * names the tab (`integrity-dashboard`, `my-actions`).
 */
export function resolveEntityId(
  entities: readonly EntityTeam[],
  groupId: string | null,
  fallback: string,
): string {
  const byTeam = groupId === null ? undefined : entities.find((e) => e.teamId === groupId);
  if (byTeam !== undefined) return byTeam.entityId;
  const [only, ...others] = [...new Set(entities.map((e) => e.entityId))];
  return only !== undefined && others.length === 0 ? only : fallback;
}
