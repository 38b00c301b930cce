import type { EntityDashboardReader } from '../../ports/dashboard-reader';
import type { ItemHistory } from '../../ports/item-history';
import type { MeasurementStore } from '../../ports/measurement-store';
import type { PlanStore } from '../../ports/plan-store';
import type { ReminderLogStore } from '../../ports/reminder-log-store';
import type { SettingsStore } from '../../ports/settings-store';

/** Every store port, as the contract suites drive them. */
export type StoreUnderTest = PlanStore &
  MeasurementStore &
  SettingsStore &
  ReminderLogStore &
  ItemHistory &
  EntityDashboardReader;

export type HarnessFaults = {
  readonly rate: number;
  readonly statuses?: readonly number[];
  readonly retryAfterSeconds?: number;
  readonly seed?: number;
};

/**
 * What a contract suite needs from a backend: stores signed in as an owner and as a member, hand
 * edits that bypass validation (as a person editing the SharePoint list), a request counter and
 * fault injection. Retry sleeps are recorded, never waited.
 */
export type StoreHarness = {
  readonly owner: StoreUnderTest;
  readonly member: StoreUnderTest;
  /** The app's own identity (the scheduled job), the only writer of the reminder log. */
  readonly app: StoreUnderTest;
  /** An owner store reading `pageSize` items per page. */
  withPageSize(pageSize: number): StoreUnderTest;
  rawCreate(listName: string, fields: Record<string, unknown>): Promise<string>;
  rawEdit(listName: string, id: string, fields: Record<string, unknown>): Promise<void>;
  /** Outer HTTP requests to Graph so far (a `$batch` counts once). */
  requestCount(): Promise<number>;
  setFaults(faults: HarnessFaults | null): Promise<void>;
  /** Every delay the stores asked to sleep, in milliseconds. */
  readonly sleeps: number[];
  /** The most attempts a store makes before giving up. */
  readonly maxAttempts: number;
  close(): Promise<void>;
};

export type HarnessFactory = () => Promise<StoreHarness>;

let counter = 0;

/** A fresh entity id per test, so suites share a backend without seeing each other's items. */
export function freshEntityId(prefix = 'pz-contract'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}
