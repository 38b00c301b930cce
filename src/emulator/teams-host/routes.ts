import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { TENANT_ID } from '../auth/personas';
import type { EmulatorContext, RouteModule } from '../context';
import { invalidRequest } from '../graph/errors';
import type { RouteOptions } from '../http/router';
import { TabStore, hostPersonas, hostTeams } from './directory';
import { hostPageHtml } from './page';
import { readTabConfiguration } from './protocol';

/** The Teams app id of local mode (env/.env.local `TEAMS_APP_ID`): deep links name it. */
export const LOCAL_TEAMS_APP_ID = '00000000-0000-4000-8000-000000000001';

/** How many recorded calls the emulator keeps (the page keeps its own full list). */
const MAX_RECORDED_CALLS = 2000;

const ROUTE: RouteOptions = {
  kind: 'local.teams-host',
  auth: 'none',
  errors: 'graph',
  faultable: false,
};

/**
 * The browser modules of the page, by the name the page imports them under. Only these files are
 * ever read: the name in the URL is a key, not a path.
 */
const BROWSER_MODULES: Readonly<Record<string, string>> = {
  'host-page': 'host-page.ts',
  protocol: 'protocol.ts',
};

/**
 * Strips the types of a browser module. The page ships as the TypeScript it is checked as, with
 * no build step; `./protocol` stays extensionless and resolves to `/teams/app/protocol`.
 */
function transpile(file: string): string {
  const source = readFileSync(join(import.meta.dirname, file), 'utf8');
  return ts.transpileModule(source, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: true,
      sourceMap: false,
    },
    fileName: file,
  }).outputText;
}

export type RecordedCall = {
  readonly at: string;
  readonly frame: string;
  readonly func: string;
  readonly args: readonly unknown[];
};

function isRecordedCall(value: unknown): value is RecordedCall {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return (
    typeof fields.func === 'string' &&
    typeof fields.frame === 'string' &&
    typeof fields.at === 'string' &&
    Array.isArray(fields.args)
  );
}

export type TeamsHostOptions = {
  /** The app id the host runs (deep links to other apps are refused); default local mode's. */
  readonly appId?: string;
};

/**
 * The local Teams host: `GET /teams` frames the tab (served from the same origin) the way Teams
 * does and speaks the teams-js protocol with it. Its data endpoints live under
 * `/_local/teams-host`: the teams (IntegritySettings entities), the tab configured in each team
 * and the record of every call the tab made.
 */
export function teamsHostRoutes(options: TeamsHostOptions = {}): RouteModule {
  const appId = options.appId ?? LOCAL_TEAMS_APP_ID;
  return (ctx: EmulatorContext) => {
    const tabs = new TabStore(ctx.db);
    const calls: RecordedCall[] = [];
    const compiled = new Map<string, string>();

    ctx.router.add(
      'GET',
      '/teams',
      () => ({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
        body: hostPageHtml(),
      }),
      ROUTE,
    );

    ctx.router.add(
      'GET',
      '/teams/app/:module',
      (req) => {
        const file = BROWSER_MODULES[req.params.module ?? ''];
        if (file === undefined) {
          return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not found' };
        }
        let code = compiled.get(file);
        if (code === undefined) {
          code = transpile(file);
          compiled.set(file, code);
        }
        return {
          status: 200,
          headers: {
            'content-type': 'text/javascript; charset=utf-8',
            'cache-control': 'no-store',
          },
          body: code,
        };
      },
      ROUTE,
    );

    ctx.router.add(
      'GET',
      '/_local/teams-host/teams',
      () => ({
        status: 200,
        body: {
          appId,
          tenantId: TENANT_ID,
          personas: hostPersonas(),
          teams: hostTeams(ctx.db, ctx.baseUrl()),
          tabs: tabs.all(),
        },
      }),
      ROUTE,
    );

    ctx.router.add(
      'GET',
      '/_local/teams-host/tabs',
      () => ({ status: 200, body: { value: tabs.all() } }),
      ROUTE,
    );

    ctx.router.add(
      'PUT',
      '/_local/teams-host/tabs/:teamId',
      (req) => {
        const teamId = req.params.teamId ?? '';
        if (!hostTeams(ctx.db, ctx.baseUrl()).some((team) => team.groupId === teamId)) {
          throw invalidRequest(`No team ${teamId} in the IntegritySettings list.`);
        }
        const read = readTabConfiguration(req.body, new URL(ctx.baseUrl()).origin);
        if (!read.ok) throw invalidRequest(read.reason);
        tabs.put(teamId, read.config, ctx.now());
        return { status: 200, body: read.config };
      },
      ROUTE,
    );

    ctx.router.add(
      'DELETE',
      '/_local/teams-host/tabs/:teamId',
      (req) => ({ status: tabs.remove(req.params.teamId ?? '') ? 204 : 404 }),
      ROUTE,
    );

    ctx.router.add(
      'GET',
      '/_local/teams-host/calls',
      () => ({ status: 200, body: { value: calls } }),
      ROUTE,
    );

    ctx.router.add(
      'POST',
      '/_local/teams-host/calls',
      (req) => {
        if (!isRecordedCall(req.body)) throw invalidRequest('Expected {at, frame, func, args}.');
        calls.push(req.body);
        if (calls.length > MAX_RECORDED_CALLS) calls.splice(0, calls.length - MAX_RECORDED_CALLS);
        return { status: 204 };
      },
      ROUTE,
    );

    ctx.router.add(
      'DELETE',
      '/_local/teams-host/calls',
      () => {
        calls.length = 0;
        return { status: 204 };
      },
      ROUTE,
    );
  };
}
