import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// Proves the layer rules bite: the project's real dependency-cruiser config is run over a small
// throw-away tree that breaks them, and must fail with the rule's name.
const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'node_modules', '.bin', 'depcruise');
const config = join(root, '.dependency-cruiser.cjs');
const dirs: string[] = [];

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'deps-rules-'));
  dirs.push(dir);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }),
  );
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function cruise(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(bin, ['src', '--config', config], { cwd: dir });
    return { code: 0, output: stdout };
  } catch (error) {
    const failure = error as { code: number; stdout: string };
    return { code: failure.code, output: failure.stdout };
  }
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run deps:check', () => {
  it('fails when src/core imports from src/adapters', async () => {
    const dir = tree({
      'src/adapters/graph/client.ts': 'export const client = 1;\n',
      'src/core/plan/bad.ts':
        "import { client } from '../../adapters/graph/client';\nexport const x = client;\n",
    });
    const result = await cruise(dir);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('core-is-pure');
  });

  it('fails when one tab feature imports another', async () => {
    const dir = tree({
      'src/web/features/plan/PlanPage.tsx': 'export const PlanPage = 1;\n',
      'src/web/features/dashboard/Dashboard.tsx':
        "import { PlanPage } from '../plan/PlanPage';\nexport const D = PlanPage;\n",
    });
    const result = await cruise(dir);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('features-do-not-import-each-other');
  });

  it('fails when the tab reaches an adapter outside its composition root, and passes inside it', async () => {
    const bad = await cruise(
      tree({
        'src/adapters/graph/client.ts': 'export const client = 1;\n',
        'src/web/features/plan/usePlan.ts':
          "import { client } from '../../../adapters/graph/client';\nexport const u = client;\n",
      }),
    );
    expect(bad.output).toContain('web-adapters-only-in-composition-root');
    const good = await cruise(
      tree({
        'src/adapters/graph/client.ts': 'export const client = 1;\n',
        'src/web/main.tsx':
          "import { client } from '../adapters/graph/client';\nexport const m = client;\n",
      }),
    );
    expect(good.code).toBe(0);
  });
});
