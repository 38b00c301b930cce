import { useCallback } from 'react';
import { loadEntityDashboard, type EntityDashboard } from '../../app/load-entity-dashboard';
import type { DomainError, Result } from '../../core/shared/result';
import { useServices } from '../providers/ServicesProvider';
import type { TabData } from '../providers/tab-services';
import { useAsyncResult, type AsyncResource } from './useAsyncResult';

/** The dashboard with the entity and store it was read from, so a screen can write back. */
export type LoadedDashboard = EntityDashboard & { readonly data: TabData };

/**
 * The entity's plans, measurements and settings in one `loadEntityDashboard` call: the current
 * plan with every record's eTag, the latest measurement and every hand-edited invalid item.
 */
export function useEntityDashboard(): AsyncResource<LoadedDashboard> {
  const { data } = useServices();
  const load = useCallback(async (): Promise<Result<LoadedDashboard, DomainError>> => {
    const tab = await data();
    if (!tab.ok) return tab;
    const loaded = await loadEntityDashboard(tab.value.store, tab.value.entityId);
    if (!loaded.ok) return loaded;
    return { ok: true, value: { ...loaded.value, data: tab.value } };
  }, [data]);
  return useAsyncResult(load);
}
