import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

/**
 * `npm run build:job [-- --out dist/job]`: the Function App's deployable folder. The two Functions
 * (timer + bot messaging endpoint) are bundled into one ES module with their dependencies, so the
 * zip needs no `npm install` on the server and carries nothing the job does not import (no React,
 * no SQLite emulator). Azure Functions' Node v4 programming model finds the functions through
 * `main` in package.json (learn.microsoft.com, functions-reference-node, "Folder structure").
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The functions the host must find after loading `main`; checked by scripts/build-job.test.ts. */
export const JOB_FUNCTIONS = ['monthlyReminders', 'botMessages'] as const;

const ENTRY_POINTS = [
  path.join(ROOT, 'src/job/functions/monthly-reminders.ts'),
  path.join(ROOT, 'src/job/functions/bot-messages.ts'),
];

/** host.json for Functions v4 with the extension bundle range Microsoft documents for Node. */
const HOST_JSON = {
  version: '2.0',
  logging: {
    applicationInsights: {
      samplingSettings: { isEnabled: true, excludedTypes: 'Request' },
    },
  },
  extensionBundle: {
    id: 'Microsoft.Azure.Functions.ExtensionBundle',
    version: '[4.*, 5.0.0)',
  },
  // The monthly pass over 200 entities takes seconds, but a throttled Bot Connector can stretch it.
  functionTimeout: '00:10:00',
};

export type BuildJobResult = {
  readonly outDir: string;
  readonly files: readonly string[];
  readonly bundleBytes: number;
};

/** Bundles the job into `outDir` (emptied first) and writes host.json and package.json beside it. */
export async function buildJob(outDir: string): Promise<BuildJobResult> {
  const target = path.resolve(ROOT, outDir);
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });

  const rootPackage = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
    version?: string;
  };
  // One entry file that imports both functions: the host loads `main` once.
  const entry = ENTRY_POINTS.map(
    (file) => `import ${JSON.stringify(file.split(path.sep).join('/'))};`,
  ).join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: 'job-entry.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile: path.join(target, 'index.mjs'),
    sourcemap: 'linked',
    metafile: true,
    legalComments: 'linked',
    logLevel: 'warning',
    // Provided by the Functions worker at run time, never installed (the @azure/functions docs).
    external: ['@azure/functions-core'],
    // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  const bundleBytes = Object.entries(result.metafile.outputs)
    .filter(([file]) => file.endsWith('.mjs'))
    .reduce((sum, [, output]) => sum + output.bytes, 0);

  await writeFile(path.join(target, 'host.json'), `${JSON.stringify(HOST_JSON, null, 2)}\n`);
  await writeFile(
    path.join(target, 'package.json'),
    `${JSON.stringify(
      {
        name: 'integrity-dashboard-job',
        version: rootPackage.version ?? '0.0.0',
        private: true,
        type: 'module',
        main: 'index.mjs',
        engines: { node: '>=20' },
      },
      null,
      2,
    )}\n`,
  );
  const files = (await readdir(target)).sort();
  return { outDir: target, files, bundleBytes };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: 'dist/job' } },
    strict: true,
  });
  const built = await buildJob(values.out);
  console.info(
    `job built in ${path.relative(ROOT, built.outDir)}: ${built.files.join(', ')} ` +
      `(${Math.round(built.bundleBytes / 1024)} KB bundle)`,
  );
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
