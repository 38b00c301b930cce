import type { AccessTokenProvider } from '../../ports/access-token-provider';
import type {
  EvidenceFileFacts,
  EvidenceLinkProblem,
  EvidenceLookup,
  EvidenceStore,
} from '../../ports/evidence-store';
import type { StoreError, StoreResult } from '../../ports/store.types';
import { GraphRequestError, graphError, storeErrorOf } from './graph-errors';
import { createGraphHttp, type GraphHttp, type GraphResponse } from './graph-http';
import {
  DEFAULT_RETRY_POLICY,
  retryAfterSeconds,
  retryDelayMs,
  sendIdempotent,
  THROTTLE_STATUSES,
  type RetryPolicy,
} from './graph-retry';

export type GraphEvidenceStoreOptions = {
  /** `https://graph.microsoft.com/v1.0`, or the emulator's `graphBaseUrl`. */
  readonly graphBaseUrl: string;
  readonly siteId: string;
  readonly tokens: AccessTokenProvider;
  /** The site's web URL when the caller knows it; otherwise read once from Graph. */
  readonly siteWebUrl?: string;
  readonly retry?: Partial<RetryPolicy>;
  /** Files above this size are listed as `EVIDENCE.TOO_LARGE`, not downloaded. */
  readonly maxFileBytes?: number;
  /** Fetch for the download host; it never carries the Graph token. */
  readonly fetch?: (input: string, init?: RequestInit) => Promise<Response>;
  /** The Graph transport; built from `graphBaseUrl` and `tokens` when absent (tests wrap it). */
  readonly http?: GraphHttp;
};

/**
 * 250 MB, Graph's limit for a simple upload. Evidence (decisions, registrations, reports) is far
 * smaller; WebCrypto's `digest` is one-shot, so a file is held whole in memory while it is
 * hashed, which a Teams tab (a webview, on phones too) should not do for anything larger.
 */
export const DEFAULT_MAX_EVIDENCE_BYTES = 250 * 1024 * 1024;

/** How often a file that changes between its read and its download is read again. */
const CONSISTENT_READ_ROUNDS = 3;

type DriveItem = {
  readonly id?: unknown;
  readonly name?: unknown;
  readonly webUrl?: unknown;
  readonly size?: unknown;
  readonly eTag?: unknown;
  readonly lastModifiedDateTime?: unknown;
  readonly file?: unknown;
  readonly folder?: unknown;
  readonly parentReference?: { readonly driveId?: unknown } | null;
  readonly '@microsoft.graph.downloadUrl'?: unknown;
};

type Failure = { readonly type: 'failure'; readonly error: StoreError };
type Problem = { readonly type: 'problem'; readonly problem: EvidenceLinkProblem };
type Resolved = { readonly type: 'item'; readonly item: DriveItem } | Problem | Failure;
type Downloaded =
  | {
      readonly type: 'bytes';
      readonly bytes: Uint8Array<ArrayBuffer>;
      readonly etag: string | null;
    }
  /** The download URL expired, or the file changed after it was read: read it again. */
  | { readonly type: 'stale' }
  | Problem
  | Failure;

/** Where a link points, decided from the link alone. */
type Target =
  | { readonly type: 'outside' }
  /** A file's own URL below the site: `…/sites/x/Shared%20Documents/a/b.pdf`. */
  | { readonly type: 'path'; readonly url: URL; readonly segments: readonly string[] }
  /** A sharing link (`/:b:/s/x/…`, `/:w:/r/sites/x/…`): only Graph can tell what it names. */
  | { readonly type: 'sharing'; readonly url: URL };

/** The Team site as links are checked against it: host name and path segments (lower case). */
export type SiteAddress = { readonly hostname: string; readonly segments: readonly string[] };
type Drive = { readonly id: string; readonly segments: readonly string[] };

const LOCATION = { kind: null, id: null } as const;

function lower(segments: readonly string[]): string[] {
  return segments.map((s) => s.toLowerCase());
}

function startsWith(segments: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((p, i) => segments[i]?.toLowerCase() === p.toLowerCase());
}

function pathSegments(url: URL): string[] | null {
  try {
    return url.pathname
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

function siteOf(webUrl: string): SiteAddress {
  const url = new URL(webUrl);
  return { hostname: url.hostname.toLowerCase(), segments: lower(pathSegments(url) ?? []) };
}

/**
 * Classifies a link against the Team site without a request. Host names are compared without the
 * port: SharePoint URLs never carry one, and the local emulator answers for its seeded links on
 * whatever port it runs. Sharing links name the site as `/s/{name}` (`/sites/{name}`), `/t/{name}`
 * (`/teams/{name}`) or with a full path after `/r/` or `/g/`.
 */
export function targetOf(link: string, site: SiteAddress): Target {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return { type: 'outside' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { type: 'outside' };
  if (url.hostname.toLowerCase() !== site.hostname) return { type: 'outside' };
  const segments = pathSegments(url);
  if (segments === null) return { type: 'outside' };
  const [first, second, ...rest] = segments;
  if (first !== undefined && /^:[a-z]+:$/i.test(first)) {
    const scope = second?.toLowerCase();
    const named =
      scope === 's'
        ? ['sites', rest[0] ?? '']
        : scope === 't'
          ? ['teams', rest[0] ?? '']
          : scope === 'r' || scope === 'g'
            ? rest.slice(0, site.segments.length)
            : [];
    const sameSite = named.length === site.segments.length && startsWith(named, site.segments);
    return sameSite ? { type: 'sharing', url } : { type: 'outside' };
  }
  if (segments.length <= site.segments.length || !startsWith(segments, site.segments)) {
    return { type: 'outside' };
  }
  return { type: 'path', url, segments };
}

/** `u!` + unpadded base64url of the URL (learn.microsoft.com/graph/api/shares-get). */
export function encodeSharingUrl(link: string): string {
  const bytes = new TextEncoder().encode(link);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `u!${btoa(binary).replace(/=+$/, '').replace(/\//g, '_').replace(/\+/g, '-')}`;
}

/**
 * Lets go of a body we will not read (an error page, a file over the limit). Not awaited: the
 * cancel only frees the connection, its promise may settle late (under msw's fetch interceptor it
 * never does), and whether it succeeds changes no result.
 */
function release(stream: { cancel(): Promise<void> } | null): void {
  stream?.cancel().catch(() => undefined);
}

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** `"{GUID},7"` and `W/"{guid},7"` name the same version. */
function sameVersion(a: string, b: string): boolean {
  const norm = (tag: string): string => tag.replace(/^W\//, '').replace(/"/g, '').toUpperCase();
  return norm(a) === norm(b);
}

function isFileItem(item: DriveItem): boolean {
  return typeof item.file === 'object' && item.file !== null && item.folder === undefined;
}

/**
 * Evidence links resolved to files of the Team site's document libraries and hashed with SHA-256.
 * Graph's `file.hashes` cannot serve: for SharePoint it holds only `quickXorHash` (driveitem
 * "hashes" resource: sha1/sha256 are OneDrive-personal only), which auditors' tools do not
 * compute. So every file's bytes are downloaded and hashed with WebCrypto, in the tab and in Node.
 */
export function createGraphEvidenceStore(options: GraphEvidenceStoreOptions): EvidenceStore {
  const http =
    options.http ?? createGraphHttp({ graphBaseUrl: options.graphBaseUrl, tokens: options.tokens });
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_EVIDENCE_BYTES;
  const download = options.fetch ?? ((input: string, init?: RequestInit) => fetch(input, init));
  const sitePath = `/sites/${options.siteId}`;
  let site: SiteAddress | null =
    options.siteWebUrl === undefined ? null : siteOf(options.siteWebUrl);

  async function get(path: string): Promise<GraphResponse | Failure> {
    const outcome = await sendIdempotent(http, policy, { method: 'GET', path });
    if (outcome.type === 'network') {
      return {
        type: 'failure',
        error: {
          code: 'STORE.NETWORK',
          details: { kind: 'item', id: '', attempts: outcome.attempts },
          ...LOCATION,
          attempts: outcome.attempts,
        },
      };
    }
    const { response, attempts } = outcome;
    if (THROTTLE_STATUSES.has(response.status) || response.status === 401) {
      return { type: 'failure', error: storeErrorOf(response, LOCATION, attempts) };
    }
    return response;
  }

  async function loadSite(): Promise<SiteAddress | Failure> {
    if (site !== null) return site;
    const response = await get(`${sitePath}?$select=id,webUrl`);
    if ('type' in response) return response;
    const webUrl = (response.body as { webUrl?: unknown } | null)?.webUrl;
    if (response.status !== 200 || typeof webUrl !== 'string') {
      return { type: 'failure', error: storeErrorOf(response, LOCATION, 1) };
    }
    site = siteOf(webUrl);
    return site;
  }

  async function loadDrives(): Promise<Drive[] | Failure> {
    const response = await get(`${sitePath}/drives?$select=id,webUrl`);
    if ('type' in response) return response;
    const value = (response.body as { value?: unknown } | null)?.value;
    if (response.status !== 200 || !Array.isArray(value)) {
      return { type: 'failure', error: storeErrorOf(response, LOCATION, 1) };
    }
    return (value as { id?: unknown; webUrl?: unknown }[]).flatMap((d) =>
      typeof d.id === 'string' && typeof d.webUrl === 'string'
        ? [{ id: d.id, segments: pathSegments(new URL(d.webUrl)) ?? [] }]
        : [],
    );
  }

  /** The driveItem a link names: by path in its library when it is a file URL, else by share. */
  async function resolve(target: Target, drives: readonly Drive[]): Promise<Resolved> {
    if (target.type === 'outside') return { type: 'problem', problem: 'EVIDENCE.OUTSIDE_LIBRARY' };
    let path: string;
    const drive =
      target.type === 'path'
        ? drives.find((d) => d.segments.length > 0 && startsWith(target.segments, d.segments))
        : undefined;
    if (target.type === 'path' && drive !== undefined) {
      const inLibrary = target.segments.slice(drive.segments.length);
      // The library itself is a folder.
      if (inLibrary.length === 0) return { type: 'problem', problem: 'EVIDENCE.NOT_A_FILE' };
      path = `/drives/${drive.id}/root:/${inLibrary.map(encodeURIComponent).join('/')}`;
    } else {
      path = `/shares/${encodeSharingUrl(target.url.href)}/driveItem`;
    }
    const response = await get(path);
    if ('type' in response) return response;
    if (response.status === 200) return { type: 'item', item: response.body ?? {} };
    if (response.status === 404) return { type: 'problem', problem: 'EVIDENCE.NOT_FOUND' };
    if (response.status === 403) return { type: 'problem', problem: 'EVIDENCE.FORBIDDEN' };
    // Graph refuses a sharing URL it cannot decode as one of its links: nothing to find there.
    if (response.status === 400 && target.type !== 'path') {
      return { type: 'problem', problem: 'EVIDENCE.NOT_FOUND' };
    }
    const graph = graphError(response.body);
    throw new GraphRequestError(
      response.status,
      graph.code,
      `Graph answered ${response.status} ${graph.code} for an evidence link: ${graph.message}`,
    );
  }

  /** One HTTP exchange with the download host, retried on throttling and dropped connections. */
  async function fetchRetried(
    url: string,
    init: RequestInit,
  ): Promise<{ readonly type: 'response'; readonly response: Response } | Failure> {
    for (let attempt = 1; ; attempt += 1) {
      let response: Response;
      try {
        response = await download(url, init);
      } catch (error: unknown) {
        if (!(error instanceof TypeError)) throw error;
        if (attempt >= policy.maxAttempts) {
          return {
            type: 'failure',
            error: {
              code: 'STORE.NETWORK',
              details: { kind: 'item', id: '', attempts: attempt },
              ...LOCATION,
              attempts: attempt,
            },
          };
        }
        await policy.sleep(retryDelayMs(policy, attempt, null));
        continue;
      }
      if (!THROTTLE_STATUSES.has(response.status)) return { type: 'response', response };
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      release(response.body);
      if (attempt >= policy.maxAttempts) {
        return {
          type: 'failure',
          error: storeErrorOf({ status: response.status, headers, body: null }, LOCATION, attempt),
        };
      }
      await policy.sleep(retryDelayMs(policy, attempt, retryAfterSeconds(headers)));
    }
  }

  /**
   * Where the bytes are: `@microsoft.graph.downloadUrl` (pre-authenticated, no token), else
   * `/content`, whose 302 leads to the same URL. The redirect is followed by hand so the token
   * never reaches the download host; a browser hides a manual redirect (an opaque response), and
   * CORS forbids following Graph's 302 with a token anyway (msgraph-sdk-javascript#388), so there
   * the annotation is required.
   */
  async function downloadUrlOf(item: DriveItem): Promise<string | Problem | Failure> {
    const annotated = item['@microsoft.graph.downloadUrl'];
    if (typeof annotated === 'string') return annotated;
    const driveId = item.parentReference?.driveId;
    if (typeof driveId !== 'string' || typeof item.id !== 'string') {
      throw new GraphRequestError(200, 'incompleteItem', 'driveItem without id or driveId');
    }
    const url = `${http.graphBaseUrl}/drives/${driveId}/items/${encodeURIComponent(item.id)}/content`;
    const token = await options.tokens.getToken();
    const answer = await fetchRetried(url, {
      redirect: 'manual',
      headers: { Authorization: `Bearer ${token}` },
    });
    if (answer.type === 'failure') return answer;
    const { response } = answer;
    release(response.body);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      return new URL(location, url).href;
    }
    if (response.status === 404) return { type: 'problem', problem: 'EVIDENCE.NOT_FOUND' };
    if (response.status === 403) return { type: 'problem', problem: 'EVIDENCE.FORBIDDEN' };
    throw new GraphRequestError(
      response.status,
      response.type === 'opaqueredirect' ? 'opaqueRedirect' : 'unexpectedContentAnswer',
      `Graph gave no @microsoft.graph.downloadUrl and /content answered ${response.status} (${response.type})`,
    );
  }

  /** Reads a body chunk by chunk, stopping as soon as it passes the size limit. */
  async function readCapped(response: Response): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      release(response.body);
      return 'too-large';
    }
    if (response.body === null) return new Uint8Array(0);
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        release(reader);
        return 'too-large';
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(new ArrayBuffer(total));
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return bytes;
  }

  async function fetchBytes(item: DriveItem): Promise<Downloaded> {
    const url = await downloadUrlOf(item);
    if (typeof url !== 'string') return url;
    // No Authorization header: the URL is pre-authenticated, and the token is for Graph alone.
    const answer = await fetchRetried(url, { redirect: 'follow' });
    if (answer.type === 'failure') return answer;
    const { response } = answer;
    if (response.status === 401) {
      release(response.body);
      return { type: 'stale' };
    }
    if (response.status === 404 || response.status === 410) {
      release(response.body);
      return { type: 'problem', problem: 'EVIDENCE.NOT_FOUND' };
    }
    if (response.status === 403) {
      release(response.body);
      return { type: 'problem', problem: 'EVIDENCE.FORBIDDEN' };
    }
    if (response.status !== 200) {
      release(response.body);
      throw new GraphRequestError(
        response.status,
        'downloadFailed',
        `The download answered ${response.status}`,
      );
    }
    let bytes: Uint8Array<ArrayBuffer> | 'too-large';
    try {
      bytes = await readCapped(response);
    } catch (error: unknown) {
      if (!(error instanceof TypeError)) throw error;
      // The connection dropped mid-file: read it again from the start.
      return { type: 'stale' };
    }
    if (bytes === 'too-large') return { type: 'problem', problem: 'EVIDENCE.TOO_LARGE' };
    return { type: 'bytes', bytes, etag: response.headers.get('etag') };
  }

  type Hashed = { readonly sha256: string; readonly sizeBytes: number };

  async function describeLink(
    link: string,
    target: Target,
    drives: () => Promise<readonly Drive[] | Failure>,
    hashed: Map<string, Hashed>,
  ): Promise<EvidenceLookup | Failure> {
    const problem = (p: EvidenceLinkProblem): EvidenceLookup => ({
      status: 'problem',
      link,
      problem: p,
    });
    if (target.type === 'outside') return problem('EVIDENCE.OUTSIDE_LIBRARY');
    const libraries = await drives();
    if ('type' in libraries) return libraries;
    for (let round = 1; round <= CONSISTENT_READ_ROUNDS; round += 1) {
      const resolved = await resolve(target, libraries);
      if (resolved.type === 'failure') return resolved;
      if (resolved.type === 'problem') return problem(resolved.problem);
      const { item } = resolved;
      const driveId = item.parentReference?.driveId;
      if (!libraries.some((d) => d.id === driveId)) return problem('EVIDENCE.OUTSIDE_LIBRARY');
      if (!isFileItem(item)) return problem('EVIDENCE.NOT_A_FILE');
      if (typeof item.size === 'number' && item.size > maxBytes)
        return problem('EVIDENCE.TOO_LARGE');
      const etag = typeof item.eTag === 'string' ? item.eTag : '';
      const key = `${String(driveId)}/${String(item.id)}/${etag}`;
      let facts = etag === '' ? undefined : hashed.get(key);
      if (facts === undefined) {
        const got = await fetchBytes(item);
        if (got.type === 'failure') return got;
        if (got.type === 'problem') return problem(got.problem);
        // A download of another version than the one read: its hash would not match the date.
        if (
          got.type === 'stale' ||
          (got.etag !== null && etag !== '' && !sameVersion(got.etag, etag))
        ) {
          continue;
        }
        const digest = await crypto.subtle.digest('SHA-256', got.bytes);
        facts = { sha256: hex(digest), sizeBytes: got.bytes.byteLength };
        if (etag !== '') hashed.set(key, facts);
      }
      const file: EvidenceFileFacts = {
        link,
        fileName: typeof item.name === 'string' ? item.name : '',
        webUrl: typeof item.webUrl === 'string' ? item.webUrl : link,
        sha256: facts.sha256,
        modifiedAt: typeof item.lastModifiedDateTime === 'string' ? item.lastModifiedDateTime : '',
        sizeBytes: facts.sizeBytes,
      };
      return { status: 'found', file };
    }
    throw new Error(
      `The file behind an evidence link changed during each of ${CONSISTENT_READ_ROUNDS} downloads`,
    );
  }

  return {
    async describeEvidence(_entityId, links, onProgress) {
      // The entity's evidence lives in its Team site, the one this store was made for.
      const results: EvidenceLookup[] = [];
      const total = links.length;
      if (total === 0) return { ok: true, value: results };
      const known = await loadSite();
      if ('type' in known) return { ok: false, error: known.error };
      let drivesOnce: Promise<Drive[] | Failure> | null = null;
      const drives = (): Promise<Drive[] | Failure> => (drivesOnce ??= loadDrives());
      const byLink = new Map<string, EvidenceLookup>();
      const hashed = new Map<string, Hashed>();
      for (const link of links) {
        let lookup = byLink.get(link);
        if (lookup === undefined) {
          const outcome = await describeLink(link, targetOf(link, known), drives, hashed);
          if ('type' in outcome) return { ok: false, error: outcome.error };
          lookup = outcome;
          byLink.set(link, lookup);
        }
        results.push(lookup);
        onProgress?.(results.length, total);
      }
      return { ok: true, value: results } satisfies StoreResult<readonly EvidenceLookup[]>;
    },
  };
}
