import type { Persona } from '../auth/personas';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../server';

export type TestEmulator = RunningEmulator & {
  /** Calls Graph as a persona; `path` is relative to `/v1.0` (e.g. `/sites/{id}/lists`). */
  graph(persona: Persona | null, path: string, init?: RequestInit): Promise<Response>;
  /** `/sites/{siteId}/lists/{list}` */
  listPath(list: string): string;
  /** Calls the emulator without a token (`/_emulator`, `/_local`). */
  raw(path: string, init?: RequestInit): Promise<Response>;
};

/** An in-memory emulator on a random loopback port, seeded with the demo unless told otherwise. */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ dbPath: ':memory:', port: 0, ...options });
  const graph = (
    persona: Persona | null,
    path: string,
    init: RequestInit = {},
  ): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (persona !== null) headers.set('authorization', `Bearer ${emulator.tokenFor(persona)}`);
    if (init.body !== undefined && !headers.has('content-type'))
      headers.set('content-type', 'application/json');
    return fetch(`${emulator.graphBaseUrl}${path}`, { ...init, headers });
  };
  return {
    ...emulator,
    graph,
    listPath: (list) => `/sites/${emulator.siteId}/lists/${list}`,
    raw: (path, init = {}) => {
      const headers = new Headers(init.headers);
      if (init.body !== undefined && !headers.has('content-type'))
        headers.set('content-type', 'application/json');
      return fetch(`${emulator.url}${path}`, { ...init, headers });
    },
  };
}

/** JSON body of a response, typed loosely for assertions. */
export async function body<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

export type GraphItem = {
  id: string;
  eTag: string;
  '@odata.etag': string;
  createdBy: { user?: { displayName?: string; id?: string }; application?: { id: string } };
  lastModifiedBy: { user?: { displayName?: string; id?: string }; application?: { id: string } };
  fields: Record<string, unknown>;
};

export type GraphError = {
  error: { code: string; message: string; innerError: Record<string, unknown> };
};
