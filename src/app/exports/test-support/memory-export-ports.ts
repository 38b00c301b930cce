import type { Measurement, Rating } from '../../../core/maturity/maturity.types';
import type { PlanBundle } from '../../../core/plan/plan.types';
import { ok } from '../../../core/shared/result';
import type { EvidenceLookup, EvidenceStore } from '../../../ports/evidence-store';
import type { ItemVersion } from '../../../ports/item-history';
import type { RecordKind, Stored, StoreError } from '../../../ports/store.types';
import type { ListsSnapshot } from '../list-csv';
import type { ExportPorts } from '../prepare-exports';

/*
 * The export ports in memory, for the use-case's tests: the stores answer from plain records,
 * the histories and evidence from tables the test writes, and any port can be made to fail.
 */

function stored<T extends { readonly id: string }>(value: T): Stored<T> {
  return {
    id: value.id,
    value,
    etag: `"${value.id}"`,
    version: '1.0',
    modifiedAt: null,
    modifiedBy: null,
  };
}

export type MemoryExportState = {
  readonly bundles: readonly PlanBundle[];
  readonly measurements: readonly Measurement[];
  readonly ratings: readonly Rating[];
  /** Versions by `kind/id`, newest first; an item without an entry has no history. */
  readonly versions?: Readonly<Record<string, readonly ItemVersion[]>>;
  /** Answers by link; a link without one is not found. */
  readonly evidence?: Readonly<Record<string, EvidenceLookup>> | null;
  readonly lists?: ListsSnapshot | null;
  /** Which port answers with this error instead. */
  readonly failing?: {
    readonly port: 'plans' | 'measurements' | 'history' | 'evidence' | 'lists';
    readonly error: StoreError;
  };
};

export type MemoryExportPorts = ExportPorts & {
  /** The links each `describeEvidence` call asked about, in order. */
  readonly evidenceCalls: (readonly string[])[];
};

export function memoryExportPorts(state: MemoryExportState): MemoryExportPorts {
  const fails = (port: NonNullable<MemoryExportState['failing']>['port']) =>
    state.failing?.port === port ? state.failing.error : null;
  const evidenceCalls: (readonly string[])[] = [];
  const evidenceTable = state.evidence === undefined ? {} : state.evidence;
  const evidence: EvidenceStore | null =
    evidenceTable === null
      ? null
      : {
          describeEvidence(_entityId, links, onProgress) {
            evidenceCalls.push(links);
            const failure = fails('evidence');
            if (failure !== null) return Promise.resolve({ ok: false, error: failure });
            onProgress?.(links.length, links.length);
            return Promise.resolve(
              ok(
                links.map(
                  (link): EvidenceLookup =>
                    evidenceTable[link] ?? {
                      status: 'problem',
                      link,
                      problem: 'EVIDENCE.NOT_FOUND',
                    },
                ),
              ),
            );
          },
        };
  const lists = state.lists === undefined ? {} : state.lists;
  return {
    evidenceCalls,
    plans: {
      loadPlans() {
        const failure = fails('plans');
        if (failure !== null) return Promise.resolve({ ok: false, error: failure });
        return Promise.resolve(
          ok({
            bundles: state.bundles.map((b) => ({
              plan: stored(b.plan),
              strategicObjectives: b.strategicObjectives.map(stored),
              objectives: b.objectives.map(stored),
              actions: b.actions.map(stored),
              arrangements: b.arrangements.map(stored),
            })),
            unattached: {
              strategicObjectives: [],
              objectives: [],
              actions: [],
              arrangements: [],
            },
            invalid: [],
          }),
        );
      },
    },
    measurements: {
      loadMeasurements() {
        const failure = fails('measurements');
        if (failure !== null) return Promise.resolve({ ok: false, error: failure });
        return Promise.resolve(
          ok({
            measurements: state.measurements.map(stored),
            ratings: state.ratings.map(stored),
            invalid: [],
          }),
        );
      },
    },
    history: {
      listVersions(kind: RecordKind, id: string) {
        const failure = fails('history');
        if (failure !== null) return Promise.resolve({ ok: false, error: failure });
        return Promise.resolve(ok(state.versions?.[`${kind}/${id}`] ?? []));
      },
    },
    evidence,
    lists:
      lists === null
        ? null
        : {
            readLists() {
              const failure = fails('lists');
              if (failure !== null) return Promise.resolve({ ok: false, error: failure });
              return Promise.resolve(ok(lists));
            },
          },
  };
}

/** A throttling failure, as a store reports it after every retry. */
export const THROTTLED: StoreError = {
  code: 'STORE.THROTTLED',
  kind: null,
  id: null,
  attempts: 4,
  retryAfterSeconds: 30,
};
