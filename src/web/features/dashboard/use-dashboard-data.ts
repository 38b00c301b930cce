import { useCallback } from 'react';
import { loadEntityDashboard } from '../../../app/load-entity-dashboard';
import type { Rating } from '../../../core/maturity/maturity.types';
import type { DomainError, Result } from '../../../core/shared/result';
import type { EntityDashboardData } from '../../../ports/dashboard-reader';
import { useAsyncResult, type AsyncResource } from '../../data/useAsyncResult';
import { useServices } from '../../providers/ServicesProvider';
import type { TabServices } from '../../providers/tab-services';
import { buildDashboardModel, type DashboardModel } from './dashboard-model';

/**
 * The dashboard's figures from ONE `loadEntityDashboard` round trip. The use-case keeps only the
 * latest measurement's ratings, while the heatmap and the evolution need every measurement's: the
 * reader handed to it passes the port's answer through and keeps the full rating list, so no
 * second request is made. (The shared `useEntityDashboard()` returns the use-case's value only; if
 * `EntityDashboard` gains every measurement's ratings, this can switch to it.)
 * A null model means the entity has no current plan.
 */
export function useDashboardData(): AsyncResource<DashboardModel | null> {
  const { data } = useServices();
  const load = useCallback((): Promise<DashboardResult> => {
    // React re-runs the page's effect when it reconnects the tree after a lazy chunk suspends
    // (seen in the production build): share the load in flight instead of sending a second one.
    const pending = inFlight.get(data);
    if (pending !== undefined) return pending;
    const started = loadDashboard(data).finally(() => {
      inFlight.delete(data);
    });
    inFlight.set(data, started);
    return started;
  }, [data]);
  return useAsyncResult(load);
}

type DashboardResult = Result<DashboardModel | null, DomainError>;

const inFlight = new WeakMap<TabServices['data'], Promise<DashboardResult>>();

async function loadDashboard(data: TabServices['data']): Promise<DashboardResult> {
  const tab = await data();
  if (!tab.ok) return tab;
  const { store, entityId } = tab.value;
  let raw: EntityDashboardData | null = null;
  const loaded = await loadEntityDashboard(
    {
      loadEntityDashboard: async (id) => {
        const answer = await store.loadEntityDashboard(id);
        if (answer.ok) raw = answer.value;
        return answer;
      },
    },
    entityId,
  );
  if (!loaded.ok) return loaded;
  const shown = new Set(loaded.value.measurements.map((m) => m.id));
  const ratings: readonly Rating[] = (
    (raw as EntityDashboardData | null)?.measurements.ratings ?? []
  )
    .map((r) => r.value)
    .filter((r) => shown.has(r.measurementId));
  return { ok: true, value: buildDashboardModel(loaded.value, ratings) };
}
