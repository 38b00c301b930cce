import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  findPlaceholders,
  loadEnvironment,
  PackageError,
  readEnvArgument,
  substitutePlaceholders,
} from './package-app';

/**
 * `npm run infra:deploy -- --env dev`: the toolkit's `arm/deploy` step without the toolkit. The
 * parameters file's `${{…}}` placeholders are filled from env/.env.<env> (+ .user) into
 * infra/build/azure.parameters.<env>.json, then `az deployment group create` deploys
 * infra/azure.bicep. Secure parameters (`${{SECRET_…}}`) are never written to disk: they are left
 * out of the file and the Azure CLI asks for them, hidden.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type ParametersFile = {
  readonly $schema: string;
  readonly contentVersion: string;
  readonly parameters: Record<string, { readonly value: unknown }>;
};

export type RenderedParameters = {
  readonly file: ParametersFile;
  /** Parameters left for the Azure CLI to prompt for (secrets). */
  readonly prompted: readonly string[];
};

/**
 * Parameters that may be empty, by the variable that fills them: left out of the file when it is
 * empty, so Bicep's default ('') applies. The lists' ids exist only once the tab's set-up wizard
 * has created the lists, which needs the app deployed first; until they are set, the job addresses
 * the lists by name (and says so in its log).
 */
const OPTIONAL_PARAMETERS: Readonly<Record<string, string>> = {
  integrityListIds: 'INTEGRITY_LIST_IDS',
};

/** The parameters file for one environment, secrets left out; fails naming unset variables. */
export function renderParameters(
  template: string,
  vars: Readonly<Record<string, string>>,
): RenderedParameters {
  const parsed = JSON.parse(template) as ParametersFile;
  const prompted: string[] = [];
  const plain: Record<string, unknown> = {};
  for (const [name, parameter] of Object.entries(parsed.parameters)) {
    const optional = OPTIONAL_PARAMETERS[name];
    if (findPlaceholders(JSON.stringify(parameter)).some((v) => v.startsWith('SECRET_'))) {
      prompted.push(name);
    } else if (optional !== undefined && (vars[optional] ?? '').trim() === '') {
      continue;
    } else {
      plain[name] = parameter;
    }
  }
  // One substitution over every kept parameter, so one run names all that is missing.
  const kept = JSON.parse(
    substitutePlaceholders(JSON.stringify(plain), vars, 'infra/azure.parameters.json'),
  ) as Record<string, { value: unknown }>;
  return { file: { ...parsed, parameters: kept }, prompted };
}

function run(command: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => {
      resolve(code ?? 1);
    });
  });
}

async function main(): Promise<void> {
  const envName = readEnvArgument(process.argv.slice(2));
  const vars = await loadEnvironment(ROOT, envName);
  const group = vars.AZURE_RESOURCE_GROUP_NAME?.trim() ?? '';
  if (group === '') {
    throw new PackageError(`Set AZURE_RESOURCE_GROUP_NAME in env/.env.${envName} first.`);
  }
  const template = await readFile(path.join(ROOT, 'infra', 'azure.parameters.json'), 'utf8');
  const { file, prompted } = renderParameters(template, vars);
  const out = path.join(ROOT, 'infra', 'build', `azure.parameters.${envName}.json`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(file, null, 2)}\n`);
  console.info(
    `Wrote ${path.relative(ROOT, out)}; the Azure CLI will ask for: ${prompted.join(', ')}`,
  );
  const code = await run('az', [
    'deployment',
    'group',
    'create',
    '--resource-group',
    group,
    '--name',
    'integrity-dashboard',
    '--template-file',
    path.join(ROOT, 'infra', 'azure.bicep'),
    '--parameters',
    `@${out}`,
    '--query',
    'properties.outputs',
  ]);
  if (code === 0) {
    console.info(`Copy the outputs above into env/.env.${envName} (infra/README.md, "Outputs").`);
  }
  process.exitCode = code;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
