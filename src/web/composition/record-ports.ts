import type { AccessTokenProvider } from '../../ports/access-token-provider';
import type { EvidenceStore } from '../../ports/evidence-store';
import type { ListsReader } from '../../ports/lists-reader';
import type { RecordSealer } from '../../ports/record-sealer';

export type RecordPortsInput = {
  readonly graphBaseUrl: string;
  readonly siteId: string;
  /** The site's URL: SharePoint REST (item permissions) is addressed by it, not by Graph's id. */
  readonly siteUrl: string;
  readonly graphTokens: AccessTokenProvider;
  /** SharePoint is its own audience in a tenant; the emulator takes the persona's token. */
  readonly sharePointTokens: AccessTokenProvider;
};

export type RecordPorts = {
  readonly lists: ListsReader;
  readonly evidence: EvidenceStore;
  readonly sealer: RecordSealer;
};

/**
 * The audit-record ports (CSV export's list reader, evidence hashes, sealing at lock time), the
 * same in both modes. Their modules (PnPjs among them) load on first use only: the tab's initial
 * JavaScript budget has no room for them and most visits never export or lock.
 */
export function recordPorts(input: RecordPortsInput): RecordPorts {
  const graph = {
    graphBaseUrl: input.graphBaseUrl,
    siteId: input.siteId,
    tokens: input.graphTokens,
  };
  const sealer = async (): Promise<RecordSealer> => {
    const { createSharePointRecordSealer } =
      await import('../../adapters/sharepoint/record-sealer');
    return createSharePointRecordSealer({
      graphBaseUrl: input.graphBaseUrl,
      siteId: input.siteId,
      siteUrl: input.siteUrl,
      graphTokens: input.graphTokens,
      sharePointTokens: input.sharePointTokens,
    });
  };
  return {
    lists: {
      readLists: async (entity) => {
        const { createGraphListsReader } = await import('../../adapters/graph/graph-lists-reader');
        return createGraphListsReader(graph).readLists(entity);
      },
    },
    evidence: {
      describeEvidence: async (entity, links, onProgress) => {
        const { createGraphEvidenceStore } =
          await import('../../adapters/graph/graph-evidence-store');
        return createGraphEvidenceStore(graph).describeEvidence(entity, links, onProgress);
      },
    },
    sealer: {
      sealMeasurement: async (measurementId) => (await sealer()).sealMeasurement(measurementId),
      sealState: async (measurementId) => (await sealer()).sealState(measurementId),
    },
  };
}
