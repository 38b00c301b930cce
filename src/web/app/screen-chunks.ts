import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteName } from '../navigation/routes';

// Every screen's chunk behind one loader, shared by the lazy components (RouteOutlet, AppShell,
// App) and the composition root, which starts the first screen's download at module start
// instead of after React has rendered the providers around it (main.tsx). A loader keeps its
// promise, so a screen started early is the same download the lazy component waits for; a failed
// download is forgotten so that the next attempt fetches again.

/** A chunk's loader; `loaded()` is its module once the download has finished, else null. */
export type ChunkLoader<M> = (() => Promise<M>) & { readonly loaded: () => M | null };

function once<M>(load: () => Promise<M>): ChunkLoader<M> {
  let pending: Promise<M> | null = null;
  let module: M | null = null;
  const loader = (): Promise<M> => {
    pending ??= load().then(
      (value) => {
        module = value;
        return value;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return Object.assign(loader, { loaded: () => module });
}

/** A thenable that calls back at once: React's `lazy` then renders without suspending. */
function settled<T>(value: T): PromiseLike<T> {
  return {
    then<R1 = T, R2 = never>(
      onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    ): PromiseLike<R1 | R2> {
      return Promise.resolve(onFulfilled ? onFulfilled(value) : (value as unknown as R1));
    },
  };
}

/**
 * `React.lazy` over a shared loader. When the chunk is already there (started early, or shown
 * before), the component renders in the same pass instead of committing its Suspense fallback
 * first and rendering again a task later.
 */
export function lazyChunk<M, P extends object>(
  loader: ChunkLoader<M>,
  pick: (module: M) => ComponentType<P>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => {
    const module = loader.loaded();
    // React reads a thenable's callback, not its type: `lazy`'s signature only names Promise.
    if (module !== null)
      return settled({ default: pick(module) }) as Promise<{ default: ComponentType<P> }>;
    return loader().then((loaded) => ({ default: pick(loaded) }));
  });
}

export const SCREEN_CHUNKS = {
  home: once(() => import('../features/home/HomePage')),
  plan: once(() => import('../features/plan/PlanPage')),
  'plan-objective': once(() => import('../features/plan/ObjectivePage')),
  measurements: once(() => import('../features/measurements/MeasurementsPage')),
  measurement: once(() => import('../features/measurements/MeasurementPage')),
  dashboard: once(() => import('../features/dashboard/DashboardPage')),
  history: once(() => import('../features/history/HistoryPage')),
  'my-actions': once(() => import('../features/my-actions/MyActionsPage')),
  exports: once(() => import('../features/exports/ExportsPage')),
  settings: once(() => import('../features/settings/SettingsPage')),
  setup: once(() => import('../features/setup/SetupPage')),
} as const satisfies Record<RouteName, ChunkLoader<unknown>>;

/** Local mode's persona picker, shown before sign-in. */
export const loadSignInPage = once(() => import('../features/sign-in/SignInPage'));

/** Teams' configuration frame. */
export const loadTabConfigPage = once(() => import('../features/tab-config/TabConfigPage'));

/** The signed-in shell's banner offering the set-up when the team's lists are missing. */
export const loadSetupNotice = once(() => import('../features/setup/SetupNotice'));
