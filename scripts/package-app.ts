import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

// `npm run package -- --env <name>` builds the Teams app package an admin uploads: it fills the
// `${{VAR}}` placeholders from env/.env.<name> (+ .user), validates the result against the JSON
// schemas bundled in @microsoft/app-manifest (read from disk, never fetched, so it works offline),
// checks what the schema cannot (icon sizes, https, files present) and writes
// appPackage/build/appPackage.<name>.zip.
// The toolkit's teamsApp/zipAppPackage builds the same zip; this path needs no toolkit and no login.

type JsonObject = Record<string, unknown>;

/** A failure the person packaging can fix; the CLI prints its message without a stack. */
export class PackageError extends Error {
  override readonly name = 'PackageError';
}

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENV_NAME = /^[a-z][a-z0-9-]*$/;
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** The one environment whose pages may be http: the local Teams host on 127.0.0.1. */
const HTTP_ALLOWED_ENV = 'local';

// --- environment files -------------------------------------------------------------------------

/**
 * Reads a dotenv file the way the Agents Toolkit writes them: `KEY=value` lines, `#` comments,
 * optional single or double quotes, and ` #` starting a comment after an unquoted value.
 */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (match === null) continue;
    const [, key = '', rest = ''] = match;
    const quoted = /^(['"])(.*)\1$/.exec(rest);
    values[key] = quoted === null ? rest.replace(/\s+#.*$/, '').trim() : (quoted[2] ?? '');
  }
  return values;
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** env/.env.<name>, overlaid with env/.env.<name>.user (secrets, git-ignored) when present. */
export async function loadEnvironment(
  rootDir: string,
  envName: string,
): Promise<Record<string, string>> {
  if (!ENV_NAME.test(envName)) {
    throw new PackageError(
      `"${envName}" is not an environment name (lower-case letters, digits, -).`,
    );
  }
  const committed = await readOptional(path.join(rootDir, 'env', `.env.${envName}`));
  if (committed === null) {
    throw new PackageError(`env/.env.${envName} does not exist: no environment "${envName}".`);
  }
  const user = await readOptional(path.join(rootDir, 'env', `.env.${envName}.user`));
  return { ...parseEnvFile(committed), ...(user === null ? {} : parseEnvFile(user)) };
}

// --- placeholders ------------------------------------------------------------------------------

/** The distinct `${{VAR}}` names in a text, in order of first use. */
export function findPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/**
 * Replaces every `${{VAR}}` in a JSON text. Values are escaped for a JSON string (every
 * placeholder sits inside one). Fails naming every variable that is unset or empty, so one run
 * lists all that is missing.
 */
export function substitutePlaceholders(
  text: string,
  vars: Readonly<Record<string, string>>,
  source: string,
): string {
  const missing = findPlaceholders(text).filter((name) => (vars[name] ?? '').trim() === '');
  if (missing.length > 0) {
    throw new PackageError(
      `${source} needs ${missing.length === 1 ? 'this variable' : 'these variables'}, unset or ` +
        `empty in the environment: ${missing.join(', ')}. Provision the environment or set ` +
        `them in its env file.`,
    );
  }
  return text.replace(PLACEHOLDER, (_whole, name: string) =>
    JSON.stringify(vars[name] ?? '').slice(1, -1),
  );
}

// --- schema validation (offline) ---------------------------------------------------------------

const SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v\d+\.\d+|vDevPreview)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)$/i;

type SchemaError = { instancePath: string; message?: string; params?: unknown };
type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
type Ajv = { compile(schema: JsonObject): Validator };
type AjvConstructor = new (options: {
  allErrors: boolean;
  strictTypes: boolean;
  unicodeRegExp: boolean;
}) => Ajv;
type AddFormats = (ajv: Ajv, formats: string[]) => Ajv;

/** require() as seen from @microsoft/app-manifest's own folder, to reach its validator. */
function appManifestRequire(): NodeJS.Require {
  return createRequire(
    createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json'),
  );
}

/** The folder of Teams schemas that @microsoft/app-manifest ships (one sub-folder a version). */
export function bundledSchemaRoot(): string {
  const packageJson = appManifestRequire().resolve('@microsoft/app-manifest/package.json');
  return path.join(path.dirname(packageJson), 'build', 'json-schemas', 'teams');
}

/**
 * The bundled copy of a Teams schema named by its `$schema` URL. Loaded from disk only: the
 * library would fall back to a download for an unknown URL, which must never happen here.
 */
export async function loadBundledSchema(schemaUrl: unknown): Promise<JsonObject> {
  const match = typeof schemaUrl === 'string' ? SCHEMA_URL.exec(schemaUrl) : null;
  if (match === null) {
    throw new PackageError(`$schema ${String(schemaUrl)} is not a Teams manifest schema URL.`);
  }
  const file = path.join(bundledSchemaRoot(), match[1] ?? '', match[2] ?? '');
  const text = await readOptional(file);
  if (text === null) {
    throw new PackageError(`@microsoft/app-manifest has no bundled ${match[1]}/${match[2]}.`);
  }
  // The bundled schemas contain \a and \v escapes, which JSON.parse rejects (the library does the
  // same replacement when it loads them).
  return JSON.parse(text.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as JsonObject;
}

const validators = new Map<string, Validator>();

/**
 * The validator AppManifestUtils.validateAgainstSchema builds for draft-04 schemas (ajv-draft-04,
 * all errors, uri/email/regex formats), taken from the library's own dependencies. Its entry
 * point is not imported: @microsoft/app-manifest 1.1.2 requires fs-extra at load time without
 * declaring it, so `import '@microsoft/app-manifest'` throws in this project.
 */
function validatorFor(schemaUrl: string, schema: JsonObject): Validator {
  const cached = validators.get(schemaUrl);
  if (cached !== undefined) return cached;
  if (!String(schema.$schema).includes('draft-04')) {
    throw new PackageError(`${schemaUrl} is not a draft-04 schema; this script knows only those.`);
  }
  const load = appManifestRequire();
  const { default: Ajv04 } = load('ajv-draft-04') as { default: AjvConstructor };
  const { default: addFormats } = load('ajv-formats') as { default: AddFormats };
  const compile = (unicodeRegExp: boolean): Validator => {
    const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp });
    addFormats(ajv, ['uri', 'email', 'regex']);
    return ajv.compile(schema);
  };
  let validate: Validator;
  try {
    validate = compile(true);
  } catch (error) {
    // The Localization schema's patternProperties contain `\b]`, which is a syntax error under
    // the u flag ajv uses by default (the library itself throws there); the manifest schema needs
    // the u flag for \p{L}. So: u flag where the patterns allow it, plain RegExp otherwise.
    if (!(error instanceof SyntaxError)) throw error;
    validate = compile(false);
  }
  validators.set(schemaUrl, validate);
  return validate;
}

/** Schema errors of a manifest or language file against its own `$schema`; empty when valid. */
export async function validateAgainstBundledSchema(document: JsonObject): Promise<string[]> {
  const schema = await loadBundledSchema(document.$schema);
  const validate = validatorFor(String(document.$schema), schema);
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (error) =>
      `${error.instancePath === '' ? '/' : error.instancePath} ${error.message ?? 'is invalid'}` +
      (error.params === undefined ? '' : ` ${JSON.stringify(error.params)}`),
  );
}

// --- checks the schema cannot make -------------------------------------------------------------

const ICON_SIZES = { color: 192, outline: 32 } as const;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringAt(document: JsonObject, ...keys: string[]): string | undefined {
  let node: unknown = document;
  for (const key of keys) node = isObject(node) ? node[key] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** File names the manifest points at, which must sit at the zip's root. */
export function packageFiles(manifest: JsonObject): {
  icons: Record<keyof typeof ICON_SIZES, string>;
  languages: string[];
} {
  const color = stringAt(manifest, 'icons', 'color') ?? '';
  const outline = stringAt(manifest, 'icons', 'outline') ?? '';
  const additional = isObject(manifest.localizationInfo)
    ? manifest.localizationInfo.additionalLanguages
    : undefined;
  const languages = Array.isArray(additional)
    ? additional.map((entry) =>
        isObject(entry) && typeof entry.file === 'string' ? entry.file : '',
      )
    : [];
  for (const file of [color, outline, ...languages]) {
    if (file === '' || file !== path.basename(file)) {
      throw new PackageError(`manifest.json names "${file}": package files sit at the zip root.`);
    }
  }
  return { icons: { color, outline }, languages };
}

/** Every string value in a JSON document that looks like a URL, with its JSON path. */
function urlsIn(node: unknown, at = ''): { at: string; url: string }[] {
  if (typeof node === 'string')
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(node) ? [{ at, url: node }] : [];
  if (Array.isArray(node)) return node.flatMap((item, i) => urlsIn(item, `${at}/${i}`));
  if (isObject(node))
    return Object.entries(node).flatMap(([key, value]) => urlsIn(value, `${at}/${key}`));
  return [];
}

/**
 * Rules Microsoft's validation applies that the JSON schema does not encode: https pages (http
 * only for the local host), and a full name that differs from the short one.
 */
export function checkManifestRules(manifest: JsonObject, envName: string): string[] {
  const problems: string[] = [];
  if (envName !== HTTP_ALLOWED_ENV) {
    for (const { at, url } of urlsIn(manifest)) {
      if (at === '/$schema' || at.startsWith('/webApplicationInfo/')) continue;
      if (!url.startsWith('https://')) problems.push(`${at} must be an https URL, not ${url}`);
    }
  }
  const short = stringAt(manifest, 'name', 'short');
  if (short !== undefined && short === stringAt(manifest, 'name', 'full')) {
    problems.push('/name/full must differ from /name/short');
  }
  return problems;
}

/** Size and transparency rules of the two icons (Teams rejects or mangles others). */
export function checkIcon(kind: keyof typeof ICON_SIZES, file: string, bytes: Buffer): string[] {
  let png: PNG;
  try {
    png = PNG.sync.read(bytes);
  } catch {
    return [`${file} is not a PNG image`];
  }
  const size = ICON_SIZES[kind];
  const problems: string[] = [];
  if (png.width !== size || png.height !== size) {
    problems.push(
      `${file} is ${png.width}×${png.height}; the ${kind} icon must be ${size}×${size}`,
    );
  }
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
    if (kind === 'outline' && a !== 0 && (r !== 255 || g !== 255 || b !== 255)) {
      problems.push(`${file} must be white on transparent; pixel ${i / 4} is not`);
      break;
    }
    if (kind === 'color' && a !== 255) {
      problems.push(`${file} must be opaque; pixel ${i / 4} is not`);
      break;
    }
  }
  return problems;
}

// --- the package -------------------------------------------------------------------------------

export type PackageOptions = {
  readonly rootDir?: string;
  readonly envName: string;
  /** Where the zip goes; appPackage/build by default. */
  readonly outputDir?: string;
};

export type PackageResult = {
  readonly zipPath: string;
  /** Zip entries in the order written. */
  readonly entries: readonly string[];
  readonly manifest: JsonObject;
};

function failIfAny(problems: readonly string[], what: string): void {
  if (problems.length > 0) {
    throw new PackageError(`${what}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

async function renderJson(
  file: string,
  vars: Readonly<Record<string, string>>,
  label: string,
): Promise<{ text: string; json: JsonObject }> {
  const template = await readOptional(file);
  if (template === null) throw new PackageError(`${label} does not exist.`);
  const text = substitutePlaceholders(template, vars, label);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PackageError(`${label} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(json)) throw new PackageError(`${label} is not a JSON object.`);
  return { text, json };
}

/** Renders, validates and zips the Teams app package of one environment. */
export async function packageApp(options: PackageOptions): Promise<PackageResult> {
  const rootDir = options.rootDir ?? REPO_ROOT;
  const appDir = path.join(rootDir, 'appPackage');
  const vars = await loadEnvironment(rootDir, options.envName);

  const manifest = await renderJson(
    path.join(appDir, 'manifest.json'),
    vars,
    'appPackage/manifest.json',
  );
  failIfAny(
    await validateAgainstBundledSchema(manifest.json),
    'appPackage/manifest.json breaks its schema',
  );
  failIfAny(checkManifestRules(manifest.json, options.envName), 'appPackage/manifest.json');

  const files = packageFiles(manifest.json);
  const entries: [name: string, content: string | Buffer][] = [['manifest.json', manifest.text]];
  for (const [kind, file] of Object.entries(files.icons) as [keyof typeof ICON_SIZES, string][]) {
    const bytes = await readFile(path.join(appDir, file)).catch(() => {
      throw new PackageError(`appPackage/${file} (the ${kind} icon) does not exist.`);
    });
    failIfAny(checkIcon(kind, `appPackage/${file}`, bytes), `The ${kind} icon`);
    entries.push([file, bytes]);
  }
  const manifestSchema = stringAt(manifest.json, '$schema') ?? '';
  for (const file of files.languages) {
    const label = `appPackage/${file}`;
    const language = await renderJson(path.join(appDir, file), vars, label);
    // A language file must speak the manifest's schema version, or Teams ignores its strings.
    const expected = manifestSchema.replace(
      'MicrosoftTeams.schema.json',
      'MicrosoftTeams.Localization.schema.json',
    );
    if (language.json.$schema !== expected) {
      throw new PackageError(`${label} must use $schema ${expected}.`);
    }
    failIfAny(await validateAgainstBundledSchema(language.json), `${label} breaks its schema`);
    entries.push([file, language.text]);
  }

  const zip = new JSZip();
  // A fixed entry date keeps build times out of the package: two runs on one machine are identical.
  const date = new Date(Date.UTC(2020, 0, 1));
  for (const [name, content] of entries) zip.file(name, content, { date, createFolders: false });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const outputDir = options.outputDir ?? path.join(appDir, 'build');
  await mkdir(outputDir, { recursive: true });
  const zipPath = path.join(outputDir, `appPackage.${options.envName}.zip`);
  await writeFile(zipPath, bytes);
  return { zipPath, entries: entries.map(([name]) => name), manifest: manifest.json };
}

// --- command line ------------------------------------------------------------------------------

/** The value of `--env <name>` or `--env=<name>`. */
export function readEnvArgument(argv: readonly string[]): string {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--env=')) return arg.slice('--env='.length);
    if (arg === '--env' && argv[i + 1] !== undefined) return argv[i + 1] ?? '';
  }
  throw new PackageError(
    'Usage: npm run package -- --env <dev|local|…> (an env/.env.<name> file).',
  );
}

async function main(): Promise<void> {
  try {
    const result = await packageApp({ envName: readEnvArgument(process.argv.slice(2)) });
    console.info(
      `Wrote ${path.relative(process.cwd(), result.zipPath)}: ${result.entries.join(', ')}`,
    );
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
