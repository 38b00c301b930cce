import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PackageError,
  bundledSchemaRoot,
  checkIcon,
  checkManifestRules,
  findPlaceholders,
  loadEnvironment,
  packageApp,
  parseEnvFile,
  readEnvArgument,
  substitutePlaceholders,
  validateAgainstBundledSchema,
} from './package-app';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LANGUAGE_FILES = ['nl.json', 'fr.json', 'de.json'] as const;
const PACKAGE_ENTRIES = ['manifest.json', 'color.png', 'outline.png', ...LANGUAGE_FILES];

type JsonObject = Record<string, unknown>;

async function renderWithLocalEnv(file: string): Promise<JsonObject> {
  const vars = await loadEnvironment(ROOT, 'local');
  const text = await readFile(path.join(ROOT, 'appPackage', file), 'utf8');
  return JSON.parse(substitutePlaceholders(text, vars, file)) as JsonObject;
}

/** A throw-away project root with the real appPackage/ and the given env files. */
async function scratchRoot(envFiles: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'package-app-'));
  await cp(path.join(ROOT, 'appPackage'), path.join(root, 'appPackage'), {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}build`),
  });
  await cp(path.join(ROOT, 'env'), path.join(root, 'env'), { recursive: true });
  for (const [name, text] of Object.entries(envFiles)) {
    await writeFile(path.join(root, 'env', name), text);
  }
  return root;
}

const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function newScratchRoot(envFiles: Record<string, string> = {}): Promise<string> {
  const root = await scratchRoot(envFiles);
  scratch.push(root);
  return root;
}

describe('the manifest and its language files', () => {
  it('use the latest GA schema that @microsoft/app-manifest bundles', async () => {
    const versions = (await readdir(bundledSchemaRoot()))
      .filter((name) => /^v\d+\.\d+$/.test(name))
      .map((name) => name.slice(1).split('.').map(Number) as [number, number])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const latest = versions.at(-1)!.join('.');
    const manifest = await renderWithLocalEnv('manifest.json');
    expect(manifest.manifestVersion).toBe(latest);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${latest}/MicrosoftTeams.schema.json`,
    );
    for (const file of LANGUAGE_FILES) {
      const language = await renderWithLocalEnv(file);
      expect(language.$schema).toBe(
        `https://developer.microsoft.com/json-schemas/teams/v${latest}/MicrosoftTeams.Localization.schema.json`,
      );
    }
  });

  it('validate offline against the bundled schema after substitution with the local env', async () => {
    expect(await validateAgainstBundledSchema(await renderWithLocalEnv('manifest.json'))).toEqual(
      [],
    );
  });

  it.each(LANGUAGE_FILES)('%s validates against the bundled localization schema', async (file) => {
    const language = await renderWithLocalEnv(file);
    expect(await validateAgainstBundledSchema(language)).toEqual([]);
    expect(language['staticTabs[0].name']).toEqual(expect.any(String));
  });

  it('declare en-us as default and nl, fr, de as additional languages', async () => {
    const manifest = await renderWithLocalEnv('manifest.json');
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en-us',
      additionalLanguages: LANGUAGE_FILES.map((file) => ({
        languageTag: file.replace('.json', ''),
        file,
      })),
    });
  });

  it('hold one configurable team tab, the personal "My actions" tab and a team bot', async () => {
    const manifest = await renderWithLocalEnv('manifest.json');
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: 'http://127.0.0.1:4010/index.html#/config',
        canUpdateConfiguration: true,
        scopes: ['team'],
      }),
    ]);
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({
        name: 'My actions',
        contentUrl: 'http://127.0.0.1:4010/index.html#/my-actions',
        scopes: ['personal'],
      }),
    ]);
    expect(manifest.bots).toEqual([
      {
        botId: '00000000-0000-4000-8000-000000000003',
        scopes: ['team'],
        supportsFiles: false,
        isNotificationOnly: false,
      },
    ]);
  });

  it('ask for one least-privilege Graph scope through nested app authentication', async () => {
    const manifest = await renderWithLocalEnv('manifest.json');
    expect(manifest.webApplicationInfo).toEqual({
      id: '00000000-0000-4000-8000-000000000002',
      resource: 'api://127.0.0.1/00000000-0000-4000-8000-000000000002',
      nestedAppAuthInfo: [{ redirectUri: 'brk-multihub://127.0.0.1', scopes: ['Sites.Selected'] }],
    });
  });

  it('fail validation when something required is missing', async () => {
    const manifest = await renderWithLocalEnv('manifest.json');
    delete manifest.name;
    const errors = await validateAgainstBundledSchema(manifest);
    expect(errors).toEqual([expect.stringContaining("must have required property 'name'")]);
  });

  it('fail validation with a wrong accent colour or a second configurable tab', async () => {
    const manifest = await renderWithLocalEnv('manifest.json');
    const tabs = manifest.configurableTabs as unknown[];
    const errors = await validateAgainstBundledSchema({
      ...manifest,
      accentColor: 'blue',
      configurableTabs: [...tabs, ...tabs],
    });
    expect(errors.join('\n')).toMatch(/\/accentColor must match pattern/);
    expect(errors.join('\n')).toMatch(/\/configurableTabs must NOT have more than 1 items/);
  });

  it('fail validation of a language file whose short description is too long', async () => {
    const language = await renderWithLocalEnv('nl.json');
    const errors = await validateAgainstBundledSchema({
      ...language,
      'description.short': 'x'.repeat(81),
    });
    expect(errors).toEqual([expect.stringContaining('must NOT have more than 80 characters')]);
  });
});

describe('environment files', () => {
  it('parse comments, empty values, quotes and inline comments', () => {
    expect(
      parseEnvFile(
        [
          '# comment',
          'A=1',
          'EMPTY=',
          'QUOTED="with # hash"',
          "SINGLE='x y'",
          'INLINE=value # note',
          '',
          'export EXPORTED=yes',
        ].join('\n'),
      ),
    ).toEqual({
      A: '1',
      EMPTY: '',
      QUOTED: 'with # hash',
      SINGLE: 'x y',
      INLINE: 'value',
      EXPORTED: 'yes',
    });
  });

  it('let env/.env.<name>.user override the committed file', async () => {
    const root = await newScratchRoot({ '.env.local.user': 'SECRET_X=s\nBOT_ID=overridden\n' });
    const vars = await loadEnvironment(root, 'local');
    expect(vars.SECRET_X).toBe('s');
    expect(vars.BOT_ID).toBe('overridden');
  });

  it('refuse names that could leave the env folder', async () => {
    await expect(loadEnvironment(ROOT, '../etc')).rejects.toThrow(PackageError);
    await expect(loadEnvironment(ROOT, 'nope')).rejects.toThrow(/env\/\.env\.nope does not exist/);
  });

  it('declare in env/.env.dev every variable the package uses', async () => {
    const dev = parseEnvFile(await readFile(path.join(ROOT, 'env', '.env.dev'), 'utf8'));
    for (const file of ['manifest.json', ...LANGUAGE_FILES]) {
      const text = await readFile(path.join(ROOT, 'appPackage', file), 'utf8');
      for (const name of findPlaceholders(text)) expect(Object.keys(dev)).toContain(name);
    }
  });
});

describe('placeholders', () => {
  it('are replaced and escaped for JSON strings', () => {
    const text = '{"a":"${{A}}","b":"x-${{ B }}"}';
    expect(JSON.parse(substitutePlaceholders(text, { A: 'say "hi"', B: 'c:\\d' }, 't'))).toEqual({
      a: 'say "hi"',
      b: 'x-c:\\d',
    });
  });

  it('fail naming every variable that is unset or empty', () => {
    const text = '{"id":"${{TEAMS_APP_ID}}","bot":"${{BOT_ID}}","ok":"${{SET}}"}';
    expect(() => substitutePlaceholders(text, { BOT_ID: ' ', SET: 'x' }, 'manifest.json')).toThrow(
      /manifest\.json needs these variables.*: TEAMS_APP_ID, BOT_ID\./,
    );
  });

  it('stop the package when the environment leaves one unset', async () => {
    const root = await newScratchRoot({
      '.env.local': (await readFile(path.join(ROOT, 'env', '.env.local'), 'utf8')).replace(
        /^DEVELOPER_NAME=.*$/m,
        'DEVELOPER_NAME=',
      ),
    });
    await expect(packageApp({ rootDir: root, envName: 'local' })).rejects.toThrow(
      /this variable, unset or empty in the environment: DEVELOPER_NAME\./,
    );
  });
});

describe('checks beyond the schema', () => {
  it('require https outside local mode', async () => {
    const manifest = await renderWithLocalEnv('manifest.json');
    expect(checkManifestRules(manifest, 'local')).toEqual([]);
    const problems = checkManifestRules(manifest, 'dev');
    expect(problems).toContain(
      '/configurableTabs/0/configurationUrl must be an https URL, not http://127.0.0.1:4010/index.html#/config',
    );
    expect(problems.some((problem) => problem.includes('webApplicationInfo'))).toBe(false);
  });

  it('refuse an outline icon that is not white on transparent, or of the wrong size', () => {
    const grey = new PNG({ width: 32, height: 32 });
    grey.data.fill(128);
    expect(checkIcon('outline', 'outline.png', PNG.sync.write(grey))).toEqual([
      'outline.png must be white on transparent; pixel 0 is not',
    ]);
    const big = new PNG({ width: 192, height: 192 });
    expect(checkIcon('outline', 'outline.png', PNG.sync.write(big))).toEqual([
      'outline.png is 192×192; the outline icon must be 32×32',
    ]);
  });

  it('stop the package when the icons are swapped', async () => {
    const root = await newScratchRoot();
    const icons = path.join(root, 'appPackage');
    const color = await readFile(path.join(icons, 'color.png'));
    await writeFile(path.join(icons, 'color.png'), await readFile(path.join(icons, 'outline.png')));
    await writeFile(path.join(icons, 'outline.png'), color);
    await expect(packageApp({ rootDir: root, envName: 'local' })).rejects.toThrow(
      /color\.png is 32×32; the color icon must be 192×192/,
    );
  });
});

describe('the package', () => {
  let outputDir: string;
  let zip: JSZip;

  beforeAll(async () => {
    outputDir = await mkdtemp(path.join(tmpdir(), 'package-app-out-'));
    scratch.push(outputDir);
    const result = await packageApp({ envName: 'local', outputDir });
    expect(result.zipPath).toBe(path.join(outputDir, 'appPackage.local.zip'));
    zip = await JSZip.loadAsync(await readFile(result.zipPath));
  });

  it('holds exactly the manifest, both icons and the three language files, at its root', () => {
    expect(Object.keys(zip.files).sort()).toEqual([...PACKAGE_ENTRIES].sort());
  });

  it('has a manifest with every placeholder filled', async () => {
    const manifest = await zip.file('manifest.json')!.async('string');
    expect(manifest).not.toContain('${{');
    expect(JSON.parse(manifest)).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      validDomains: ['127.0.0.1'],
    });
  });

  it('carries the icons byte for byte', async () => {
    for (const icon of ['color.png', 'outline.png']) {
      const packed = await zip.file(icon)!.async('nodebuffer');
      expect(packed.equals(await readFile(path.join(ROOT, 'appPackage', icon)))).toBe(true);
    }
  });
});

describe('the command line', () => {
  it('reads --env in both spellings and explains its usage otherwise', () => {
    expect(readEnvArgument(['--env', 'dev'])).toBe('dev');
    expect(readEnvArgument(['--env=local'])).toBe('local');
    expect(() => readEnvArgument([])).toThrow(/Usage: npm run package -- --env/);
  });
});
