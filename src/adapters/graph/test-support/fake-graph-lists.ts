import { http, HttpResponse, type HttpHandler } from 'msw';
import { columnDefinition, LISTS_MANIFEST, listDefinition } from '../../../../manifest/manifest';

/*
 * A small in-memory Microsoft Graph lists service for msw, reproducing documented responses
 * (platform facts §1.3–1.12): string ids, quoted eTags, `expand=fields(select=…)`, one indexed
 * filter, `$top` + `@odata.nextLink` with `$skiptoken`, 412 on a stale If-Match, 403 for a reader,
 * `$batch` with `dependsOn`/424, the error envelope, and scripted faults (429/503 with
 * Retry-After, dropped connections before or after the write).
 */

export const FAKE_GRAPH = 'https://graph.microsoft.com/v1.0';
export const FAKE_SITE =
  'contoso.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222';

type Item = {
  id: number;
  guid: string;
  version: number;
  fields: Record<string, unknown>;
  modified: string;
  history: { version: number; fields: Record<string, unknown>; modified: string }[];
};

type Answer = { status: number; headers?: Record<string, string>; body?: unknown };

/** A scripted fault for the next matching outer (or inner) request. */
export type ScriptedFault =
  | { readonly status: number; readonly retryAfter?: number; readonly match?: RegExp }
  | { readonly drop: 'before' | 'after'; readonly match?: RegExp };

export type FakeFaults = {
  readonly rate: number;
  readonly statuses?: readonly number[];
  readonly retryAfterSeconds?: number;
  readonly seed?: number;
};

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function error(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): Answer {
  return {
    status,
    ...(headers === undefined ? {} : { headers }),
    body: {
      error: { code, message, innerError: { 'request-id': 'fake', date: '2026-11-28T10:00:00' } },
    },
  };
}

export class FakeGraphLists {
  readonly lists = new Map<string, Map<number, Item>>();
  /** Columns the "tenant" has not indexed although the manifest says so. */
  readonly unindexed = new Set<string>();
  readonly script: ScriptedFault[] = [];
  outerRequests = 0;
  private faults: FakeFaults | null = null;
  private readonly answered = new Map<string, Answer | 'drop'>();
  private random = mulberry32(1);
  private nextId = 1;
  private clock = Date.parse('2026-11-28T10:00:00Z');

  constructor() {
    for (const list of LISTS_MANIFEST.lists) this.lists.set(list.name, new Map());
  }

  setFaults(faults: FakeFaults | null): void {
    this.faults = faults;
    this.random = mulberry32(faults?.seed ?? 1);
  }

  handlers(): HttpHandler[] {
    return [
      http.all(/^https:\/\/graph\.microsoft\.com\/v1\.0\/.*/, async ({ request, requestId }) => {
        // msw 2.15 on Node 20 runs a resolver twice per request (same requestId): answer once.
        const outcome = this.answered.get(requestId) ?? (await this.answer(request));
        this.answered.set(requestId, outcome);
        if (outcome === 'drop') return HttpResponse.error();
        return HttpResponse.json(outcome.body ?? null, {
          status: outcome.status,
          headers: outcome.headers ?? {},
        });
      }),
    ];
  }

  private async answer(request: Request): Promise<Answer | 'drop'> {
    this.outerRequests += 1;
    const path = request.url.slice(FAKE_GRAPH.length);
    const text = await request.clone().text();
    const body: unknown = text === '' ? null : JSON.parse(text);
    const headers = Object.fromEntries(request.headers.entries());
    const scripted = this.takeScripted(`${request.method} ${path}`);
    if (scripted !== undefined && 'drop' in scripted && scripted.drop === 'before') return 'drop';
    const answer =
      scripted !== undefined && 'status' in scripted
        ? this.fault(scripted.status, scripted.retryAfter ?? 1)
        : this.handle(request.method, path, headers, body);
    return scripted !== undefined && 'drop' in scripted ? 'drop' : answer;
  }

  /** A hand edit in SharePoint: fields written as they are, no validation. */
  rawCreate(listName: string, fields: Record<string, unknown>): string {
    const item = this.insert(listName, fields);
    return String(item.id);
  }

  rawEdit(listName: string, id: string, fields: Record<string, unknown>): void {
    const item = this.lists.get(listName)?.get(Number(id));
    if (item === undefined) throw new Error(`no item ${listName}/${id}`);
    this.write(item, { ...item.fields, ...fields });
  }

  private takeScripted(target: string): ScriptedFault | undefined {
    const index = this.script.findIndex((f) => f.match === undefined || f.match.test(target));
    if (index < 0) return undefined;
    return this.script.splice(index, 1)[0];
  }

  private fault(status: number, retryAfter: number): Answer {
    return error(
      status,
      status === 429 ? 'activityLimitReached' : 'serviceNotAvailable',
      'The request has been throttled',
      {
        'Retry-After': String(retryAfter),
      },
    );
  }

  private configFault(): Answer | undefined {
    if (this.faults === null || this.random() >= this.faults.rate) return undefined;
    const statuses = this.faults.statuses ?? [429, 503];
    const status = statuses[Math.floor(this.random() * statuses.length)] ?? 429;
    return this.fault(status, this.faults.retryAfterSeconds ?? 1);
  }

  handle(method: string, path: string, headers: Record<string, string>, body: unknown): Answer {
    if (path === '/$batch' && method === 'POST') return this.batch(headers, body);
    const injected = this.configFault();
    if (injected !== undefined) return injected;
    const auth = headers.authorization ?? '';
    const role = auth === 'Bearer owner' ? 'owner' : auth === 'Bearer member' ? 'member' : null;
    if (role === null) return error(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const [pathname = '', query = ''] = path.split('?');
    const match =
      /^\/sites\/([^/]+)\/lists\/([^/]+)\/items(?:\/([^/]+))?(\/fields|\/versions)?$/.exec(
        pathname,
      );
    if (match === null || decodeURIComponent(match[1] ?? '') !== FAKE_SITE) {
      return error(400, 'BadRequest', `Resource not found for ${pathname}`);
    }
    const listName = decodeURIComponent(match[2] ?? '');
    const items = this.lists.get(listName);
    if (items === undefined)
      return error(404, 'itemNotFound', `List '${listName}' does not exist.`);
    const id = match[3] === undefined ? undefined : Number(match[3]);
    const sub = match[4];
    if (method !== 'GET' && role !== 'owner') return error(403, 'accessDenied', 'Access denied');
    if (id === undefined) {
      if (method === 'GET') return this.query(listName, items, new URLSearchParams(query), path);
      if (method === 'POST') return this.create(listName, body);
      return error(405, 'BadRequest', 'Method not allowed');
    }
    const item = items.get(id);
    if (item === undefined) return error(404, 'itemNotFound', 'The resource could not be found.');
    const ifMatch = headers['if-match'];
    const stale = ifMatch !== undefined && ifMatch !== '*' && ifMatch !== this.etag(item);
    if (sub === '/versions' && method === 'GET') return this.versions(listName, item);
    if (sub === '/fields' && method === 'PATCH') {
      if (stale) return error(412, 'preconditionFailed', 'The eTag does not match.');
      const problem = this.validate(listName, { ...item.fields, ...(body as object) });
      if (problem !== undefined) return problem;
      this.write(item, { ...item.fields, ...(body as Record<string, unknown>) });
      return {
        status: 200,
        body: { '@odata.etag': this.etag(item), ...this.visible(item.fields) },
      };
    }
    if (sub === undefined && method === 'GET') {
      return {
        status: 200,
        body: this.shape(listName, item, selectOf(new URLSearchParams(query))),
      };
    }
    if (sub === undefined && method === 'DELETE') {
      if (stale) return error(412, 'preconditionFailed', 'The eTag does not match.');
      items.delete(id);
      return { status: 204 };
    }
    return error(405, 'BadRequest', 'Method not allowed');
  }

  private batch(headers: Record<string, string>, body: unknown): Answer {
    const requests = (body as { requests?: unknown[] } | null)?.requests;
    if (!Array.isArray(requests) || requests.length > 20) {
      return error(400, 'BadRequest', 'A batch holds 1 to 20 requests.');
    }
    const results = new Map<string, number>();
    const responses: unknown[] = [];
    for (const raw of requests as {
      id: string;
      method: string;
      url: string;
      headers?: Record<string, string>;
      body?: unknown;
      dependsOn?: string[];
    }[]) {
      const failed = (raw.dependsOn ?? []).find(
        (d) => (results.get(d) ?? 0) >= 400 || !results.has(d),
      );
      let answer: Answer;
      if (failed !== undefined)
        answer = error(424, 'FailedDependency', `Dependency ${failed} failed`);
      else {
        const scripted = this.takeScripted(`${raw.method} ${raw.url}`);
        answer =
          scripted !== undefined && 'status' in scripted
            ? this.fault(scripted.status, scripted.retryAfter ?? 1)
            : this.handle(
                raw.method,
                raw.url,
                { authorization: headers.authorization ?? '', ...lower(raw.headers) },
                raw.body ?? null,
              );
      }
      results.set(raw.id, answer.status);
      responses.push({
        id: raw.id,
        status: answer.status,
        headers: { 'Content-Type': 'application/json', ...answer.headers },
        body: answer.body ?? null,
      });
    }
    return { status: 200, body: { responses } };
  }

  private query(
    listName: string,
    items: Map<number, Item>,
    params: URLSearchParams,
    path: string,
  ): Answer {
    let rows = [...items.values()].sort((a, b) => a.id - b.id);
    const filter = params.get('$filter');
    if (filter !== null) {
      const m = /^fields\/(\w+) eq '((?:[^']|'')*)'$/.exec(filter);
      if (m === null) return error(400, 'invalidRequest', `Unsupported filter ${filter}`);
      const column = m[1] ?? '';
      const value = (m[2] ?? '').replaceAll("''", "'");
      const definition = columnDefinition(listDefinition(listName), column);
      if (definition?.indexed !== true || this.unindexed.has(`${listName}.${column}`)) {
        return error(
          400,
          'invalidRequest',
          `Field '${column}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
        );
      }
      rows = rows.filter((r) => r.fields[column] === value);
    }
    const skip = params.get('$skiptoken');
    if (skip !== null) {
      const last = Number(/p_ID=(\d+)/.exec(atob(skip))?.[1] ?? 0);
      rows = rows.filter((r) => r.id > last);
    }
    const top = Number(params.get('$top') ?? 200);
    const page = rows.slice(0, top);
    const select = selectOf(params);
    const result: Record<string, unknown> = {
      value: page.map((r) => this.shape(listName, r, select)),
    };
    const lastRow = page[page.length - 1];
    if (rows.length > top && lastRow !== undefined) {
      const base = path.replace(/&\$skiptoken=[^&]*/, '');
      result['@odata.nextLink'] =
        `${FAKE_GRAPH}${base}&$skiptoken=${btoa(`Paged=TRUE&p_ID=${lastRow.id}`)}`;
    }
    return { status: 200, body: result };
  }

  private create(listName: string, body: unknown): Answer {
    const fields = (body as { fields?: Record<string, unknown> } | null)?.fields;
    if (fields === undefined) return error(400, 'invalidRequest', 'fields missing');
    const problem = this.validate(listName, fields);
    if (problem !== undefined) return problem;
    const item = this.insert(listName, fields);
    return { status: 201, body: this.shape(listName, item, null) };
  }

  /** SharePoint's own checks: known columns, required ones filled, choices. */
  private validate(listName: string, fields: Record<string, unknown>): Answer | undefined {
    const list = listDefinition(listName);
    for (const [name, value] of Object.entries(fields)) {
      const column = columnDefinition(list, name);
      if (column === undefined)
        return error(400, 'invalidRequest', `Field '${name}' is not recognized`);
      if (
        column.type === 'choice' &&
        value !== null &&
        (typeof value !== 'string' || !column.choices.includes(value))
      ) {
        return error(400, 'invalidRequest', `Invalid choice for ${name}`);
      }
    }
    for (const column of list.columns) {
      const value = fields[column.name];
      if (column.required && (value === undefined || value === null || value === '')) {
        return error(400, 'invalidRequest', `Field '${column.name}' is required`);
      }
    }
    return undefined;
  }

  private insert(listName: string, fields: Record<string, unknown>): Item {
    const id = this.nextId++;
    const item: Item = {
      id,
      guid: `0000000${id}`.slice(-8) + '-aaaa-bbbb-cccc-dddddddddddd',
      version: 0,
      fields: {},
      modified: '',
      history: [],
    };
    this.lists.get(listName)?.set(id, item);
    this.write(item, fields);
    return item;
  }

  private write(item: Item, fields: Record<string, unknown>): void {
    this.clock += 1000;
    item.version += 1;
    item.fields = Object.fromEntries(
      Object.entries(fields).filter(([, v]) => v !== null && v !== ''),
    );
    item.modified = new Date(this.clock).toISOString().replace('.000', '');
    item.history.unshift({
      version: item.version,
      fields: { ...item.fields },
      modified: item.modified,
    });
  }

  private etag(item: Item): string {
    return `"${item.guid},${item.version}"`;
  }

  private visible(fields: Record<string, unknown>): Record<string, unknown> {
    return fields;
  }

  private shape(_listName: string, item: Item, select: readonly string[] | null): unknown {
    const fields =
      select === null
        ? item.fields
        : Object.fromEntries(Object.entries(item.fields).filter(([k]) => select.includes(k)));
    return {
      '@odata.etag': this.etag(item),
      id: String(item.id),
      eTag: this.etag(item),
      createdDateTime: item.history[item.history.length - 1]?.modified,
      lastModifiedDateTime: item.modified,
      lastModifiedBy: { user: { displayName: 'Fake Owner', email: 'owner@contoso.test' } },
      fields: {
        '@odata.etag': this.etag(item),
        id: String(item.id),
        ...fields,
        _UIVersionString: `${item.version}.0`,
      },
    };
  }

  private versions(_listName: string, item: Item): Answer {
    return {
      status: 200,
      body: {
        value: item.history.map((h) => ({
          id: `${h.version}.0`,
          lastModifiedDateTime: h.modified,
          lastModifiedBy: { user: { displayName: 'Fake Owner' } },
          fields: { ...h.fields },
        })),
      },
    };
  }
}

function selectOf(params: URLSearchParams): string[] | null {
  const expand = params.get('expand') ?? params.get('$expand') ?? '';
  const m = /fields\(\$?select=([^)]*)\)/.exec(expand);
  return m === null ? null : (m[1] ?? '').split(',');
}

function lower(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
}
