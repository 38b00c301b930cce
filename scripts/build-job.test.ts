import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildJob, JOB_FUNCTIONS, type BuildJobResult } from './build-job';

const run = promisify(execFile);

describe('npm run build:job', () => {
  let dir: string;
  let built: BuildJobResult;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'job-build-'));
    built = await buildJob(path.join(dir, 'job'));
  }, 120_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the folder the Functions host deploys: host.json, package.json and the bundle', async () => {
    expect(built.files).toEqual(
      expect.arrayContaining(['host.json', 'package.json', 'index.mjs', 'index.mjs.map']),
    );
    const host = JSON.parse(await readFile(path.join(built.outDir, 'host.json'), 'utf8')) as {
      version: string;
      extensionBundle: { id: string; version: string };
    };
    expect(host.version).toBe('2.0');
    expect(host.extensionBundle.id).toBe('Microsoft.Azure.Functions.ExtensionBundle');
    const pkg = JSON.parse(await readFile(path.join(built.outDir, 'package.json'), 'utf8')) as {
      main: string;
      type: string;
      dependencies?: unknown;
    };
    expect(pkg.main).toBe('index.mjs');
    expect(pkg.type).toBe('module');
    // Everything is bundled: the server runs no npm install.
    expect(pkg.dependencies).toBeUndefined();
  });

  it('loads on plain Node and registers both functions, with no emulator or tab code inside', async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--input-type=module', '-e', "await import('./index.mjs'); console.log('loaded');"],
      { cwd: built.outDir, timeout: 60_000 },
    );
    expect(stdout).toContain('loaded');
    // Outside the Functions worker, @azure/functions runs in "test mode" and names each function
    // it was asked to register: proof that loading `main` reaches every registration.
    for (const name of JOB_FUNCTIONS) expect(stderr + stdout).toContain(`"${name}"`);
    const bundle = await readFile(path.join(built.outDir, 'index.mjs'), 'utf8');
    expect(bundle).not.toContain('better-sqlite3');
    expect(bundle).not.toContain('react-dom');
  });
});
