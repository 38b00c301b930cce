import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './server';
import { LOCAL_TAB_CSP, staticFiles } from './static-files';

describe('the tab served by the emulator', () => {
  let emulator: RunningEmulator;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'static-files-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>tab</title>');
    emulator = await startEmulator({
      dbPath: ':memory:',
      port: 0,
      seed: 'empty',
      extraRoutes: [staticFiles(dir)],
    });
  });

  afterAll(async () => {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the files with a policy that keeps every connection on the emulator', async () => {
    const response = await fetch(`${emulator.url}/index.html`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>tab</title>');
    const csp = response.headers.get('content-security-policy');
    expect(csp).toBe(LOCAL_TAB_CSP);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/connect-src[^;]*https?:/);
  });

  it('leaves unknown paths to the emulator, which answers as Graph does', async () => {
    const response = await fetch(`${emulator.url}/v1.0/nothing-here`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error?: { code?: string } };
    expect(body.error?.code).toBeTruthy();
  });
});
