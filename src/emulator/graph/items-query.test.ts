import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '../store/items-store';
import { findList } from '../store/lists-store';
import {
  body,
  startTestEmulator,
  type GraphError,
  type TestEmulator,
} from '../test-support/emulator-harness';

let emu: TestEmulator;
type Page = {
  value: { id: string; fields: Record<string, unknown> }[];
  '@odata.nextLink'?: string;
};

beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
});

const items = (
  list: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<Response> => emu.graph('member', `${emu.listPath(list)}/items?${query}`, { headers });

describe('querying list items', () => {
  it('filters on an indexed column', async () => {
    const response = await items(
      'IntegrityObjectives',
      "expand=fields&$filter=fields/ObjectiveLevel eq 'operational'",
    );
    expect(response.status).toBe(200);
    const page = await body<Page>(response);
    expect(page.value).toHaveLength(4);
    expect(page.value.every((i) => i.fields.ObjectiveLevel === 'operational')).toBe(true);
  });

  it('refuses a non-indexed column with Graph’s 400 unless the Prefer header allows it', async () => {
    const filter = "expand=fields&$filter=fields/EntityName eq 'PZ Demo'";
    const refused = await items('IntegrityPlans', filter);
    expect(refused.status).toBe(400);
    const error = await body<GraphError>(refused);
    expect(error.error.code).toBe('invalidRequest');
    expect(error.error.message).toBe(
      "Field 'EntityName' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.",
    );
    const allowed = await items('IntegrityPlans', filter, {
      Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly',
    });
    expect(allowed.status).toBe(200);
    expect((await body<Page>(allowed)).value).toHaveLength(1);
    const orderBy = await items('IntegrityActions', '$orderby=fields/Title');
    expect(orderBy.status).toBe(400);
  });

  it('combines conditions with and, compares dates and supports startswith', async () => {
    const page = await body<Page>(
      await items(
        'IntegrityActions',
        "expand=fields&$filter=fields/ActionStatus eq 'planned' and fields/DueDate lt '2027-01-01'",
      ),
    );
    expect(page.value.map((i) => i.fields.Title)).toEqual([
      'Procedure bij vastgestelde onrechtmatige consultatie herzien',
    ]);
    const started = await body<Page>(
      await items(
        'IntegrityRatings',
        "expand=fields&$top=500&$filter=startswith(fields/ElementId,'str.supralocal.')",
      ),
    );
    expect(started.value.length).toBeGreaterThan(0);
    expect(
      started.value.every((i) => String(i.fields.ElementId).startsWith('str.supralocal.')),
    ).toBe(true);
    const bad = await items('IntegrityActions', "$filter=fields/ActionStatus eqq 'x'");
    expect(bad.status).toBe(400);
  });

  it('pages with $top and an @odata.nextLink whose $skiptoken is base64 Paged=TRUE&p_ID=', async () => {
    const seen: string[] = [];
    let response = await items(
      'IntegrityActions',
      "expand=fields(select=Title)&$top=5&$filter=fields/PlanRef eq '1'",
    );
    let pages = 0;
    for (;;) {
      const page = await body<Page>(response);
      pages++;
      seen.push(...page.value.map((i) => i.id));
      const next = page['@odata.nextLink'];
      if (next === undefined) break;
      const token = new URL(next).searchParams.get('$skiptoken') ?? '';
      expect(Buffer.from(token, 'base64').toString('utf8')).toBe(
        `Paged=TRUE&p_ID=${page.value.at(-1)?.id ?? ''}`,
      );
      response = await fetch(next, {
        headers: { authorization: `Bearer ${emu.tokenFor('member')}` },
      });
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
  });

  it('orders by an indexed column descending and keeps the order across pages', async () => {
    const first = await body<Page>(
      await items('IntegrityActions', 'expand=fields&$orderby=fields/DueDate desc&$top=7'),
    );
    const next = first['@odata.nextLink'];
    expect(next).toBeDefined();
    const second = await body<Page>(
      await fetch(next ?? '', { headers: { authorization: `Bearer ${emu.tokenFor('member')}` } }),
    );
    const dates = [...first.value, ...second.value].map((i) => String(i.fields.DueDate));
    expect(dates).toHaveLength(12);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('defaults to 200 items a page and caps $top at 5000', async () => {
    const { db } = emu.context;
    const ratings = findList(db, emu.siteId, 'IntegrityRatings');
    if (ratings === undefined) throw new Error('no list');
    for (let i = 0; i < 50; i++) {
      const fields = {
        Title: `extra-${i}`,
        MeasurementRef: '99',
        ElementId: `extra-${i}`,
        RatingValue: '1',
      };
      createItem(db, ratings.id, fields, { userId: 11, at: '2026-11-28T10:00:00Z' });
    }
    const page = await body<Page>(await items('IntegrityRatings', ''));
    expect(page.value).toHaveLength(200);
    expect(page['@odata.nextLink']).toBeDefined();
    const all = await body<Page>(await items('IntegrityRatings', '$top=100000'));
    expect(all.value).toHaveLength(203);
    expect(all['@odata.nextLink']).toBeUndefined();
  });

  it('on a list over 5,000 items filters with one indexed field at a time (the first one)', async () => {
    const big = await startTestEmulator({ seed: 'empty' });
    try {
      const { db } = big.context;
      const list = findList(db, big.siteId, 'IntegrityActions');
      if (list === undefined) throw new Error('no list');
      db.transaction(() => {
        for (let i = 0; i < 5001; i++) {
          const entity = i < 10 ? 'pz-small' : 'pz-big';
          const fields = {
            Title: `a${i}`,
            EntityId: entity,
            PlanRef: '1',
            ObjectiveRef: '1',
            ActionStatus: 'planned',
          };
          createItem(db, list.id, fields, { userId: 7, at: '2026-01-01T00:00:00Z' });
        }
      })();
      const query = (q: string, headers: Record<string, string> = {}): Promise<Response> =>
        big.graph('member', `${big.listPath('IntegrityActions')}/items?${q}`, { headers });
      const narrow = await query(
        "$filter=fields/EntityId eq 'pz-small' and fields/ActionStatus eq 'planned'",
      );
      expect(narrow.status).toBe(200);
      expect((await body<Page>(narrow)).value).toHaveLength(10);
      const broadFirst = await query(
        "$filter=fields/ActionStatus eq 'planned' and fields/EntityId eq 'pz-small'",
      );
      expect(broadFirst.status).toBe(400);
      expect((await body<GraphError>(broadFirst)).error.message).toContain('list view threshold');
      const scan = await query("$filter=fields/Title eq 'a1'", {
        Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly',
      });
      expect(scan.status).toBe(400);
      const paged = await query('$top=10');
      expect(paged.status).toBe(200);
      expect((await body<Page>(paged))['@odata.nextLink']).toBeDefined();
    } finally {
      await big.close();
    }
  });
});
