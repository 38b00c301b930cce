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
    // A load started before the page rendered (prefetchDashboardData) is this page's first load.
    const early = prefetched.get(data);
    if (early !== undefined) {
      prefetched.delete(data);
      share(data, early);
      return early;
    }
    // React re-runs the page's effect when it reconnects the tree after a lazy chunk suspends
    // (seen in the production build): share the load in flight instead of sending a second one.
    const pending = inFlight.get(data);
    if (pending !== undefined) return pending;
    const started = loadDashboard(data);
    share(data, started);
    return started;
  }, [data]);
  return useAsyncResult(load);
}

type DashboardResult = Result<DashboardModel | null, DomainError>;

const inFlight = new WeakMap<TabServices['data'], Promise<DashboardResult>>();
const prefetched = new WeakMap<TabServices['data'], Promise<DashboardResult>>();

function share(data: TabServices['data'], load: Promise<DashboardResult>): void {
  inFlight.set(data, load);
  const done = (): void => {
    if (inFlight.get(data) === load) inFlight.delete(data);
  };
  load.then(done, done);
}

/**
 * Starts the dashboard's load before its page renders: the composition root calls it right after
 * sign-in when the tab opens on the dashboard, so the `$batch` travels while React renders the
 * shell and the page. The page's first load takes this one over (one request, not two); a later
 * reload reads afresh.
 */
export function prefetchDashboardData(data: TabServices['data']): void {
  if (prefetched.has(data) || inFlight.has(data)) return;
  const started = loadDashboard(data);
  prefetched.set(data, started);
  // Figures nobody took over soon (the user went elsewhere) are not shown later as current.
  const expire = (): void => {
    setTimeout(() => {
      if (prefetched.get(data) === started) prefetched.delete(data);
    }, PREFETCH_KEPT_MS);
  };
  // Nobody may be waiting yet: a fault is reported where the page takes the load over.
  started.then(expire, expire);
}

const PREFETCH_KEPT_MS = 10_000;

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
