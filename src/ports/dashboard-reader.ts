import type { EntitySettings } from '../core/schedule/entity-settings.types';
import type { EntityMeasurements } from './measurement-store';
import type { EntityPlans } from './plan-store';
import type { Read, StoreResult } from './store.types';

/** Everything the tab's first screen shows for one entity. */
export type EntityDashboardData = {
  readonly plans: EntityPlans;
  readonly measurements: EntityMeasurements;
  readonly settings: Read<EntitySettings> | null;
};

/**
 * Loads an entity's plans, measurements, ratings and settings in one round trip (more only when a
 * list runs over a page).
 */
export interface EntityDashboardReader {
  loadEntityDashboard(entityId: string): Promise<StoreResult<EntityDashboardData>>;
}
