import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPlaceholders, parseEnvFile } from '../scripts/package-app';

// teamsapp.yml only runs inside the Agents Toolkit, with a Microsoft 365 and an Azure sign-in, so
// nothing here can execute it. This test holds it to what can be checked offline: the action ids
// and parameters of the toolkit's v1.11 yaml schema, and that every ${{VAR}} the lifecycle, the
// parameters file, the Entra manifest and the app package read is declared or produced.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (relative: string): string => readFileSync(path.join(ROOT, relative), 'utf8');

type Yaml = string | Yaml[] | { [key: string]: Yaml };

/**
 * Reads the YAML subset teamsapp.yml is written in: block mappings, block sequences (of scalars
 * or mappings), plain scalars and `#` comments. No flow collections, anchors or multi-line scalars.
 */
function parseYamlSubset(text: string): Yaml {
  const lines = text
    .split('\n')
    .map((raw) => raw.replace(/\s+#.*$/, '').replace(/^\s*#.*$/, ''))
    .filter((line) => line.trim() !== '')
    .map((line) => ({ indent: line.length - line.trimStart().length, text: line.trim() }));
  let at = 0;

  function scalar(value: string): string {
    return value.replace(/^(['"])(.*)\1$/, '$2');
  }

  function block(indent: number): Yaml {
    const first = lines[at];
    if (first === undefined) return '';
    if (first.text.startsWith('- ')) {
      const items: Yaml[] = [];
      while (lines[at]?.indent === indent && lines[at]?.text.startsWith('- ')) {
        const line = lines[at]!;
        const content = line.text.slice(2);
        if (/^[\w/.-]+:(\s|$)/.test(content)) {
          // A mapping that starts on the dash line: treat the dash as indentation.
          lines[at] = { indent: indent + 2, text: content };
          items.push(block(indent + 2));
        } else {
          items.push(scalar(content));
          at += 1;
        }
      }
      return items;
    }
    const mapping: Record<string, Yaml> = {};
    while (lines[at]?.indent === indent && !lines[at]!.text.startsWith('- ')) {
      const line = lines[at]!;
      const match = /^([\w/.-]+):(?:\s+(.*))?$/.exec(line.text);
      if (match === null) throw new Error(`unreadable line: ${line.text}`);
      at += 1;
      const [, key = '', value] = match;
      mapping[key] =
        value !== undefined
          ? scalar(value)
          : lines[at] !== undefined && lines[at]!.indent > indent
            ? block(lines[at]!.indent)
            : '';
    }
    return mapping;
  }

  return block(0);
}

type Action = {
  uses: string;
  name?: string;
  env?: Record<string, string>;
  with?: Record<string, Yaml>;
  writeToEnvironmentFile?: Record<string, string>;
};

/** Parameters of the actions used here, as the toolkit's v1.11 yaml schema defines them. */
const ACTIONS: Record<
  string,
  {
    required: string[];
    optional: string[];
    outputs?: { required: string[]; optional: string[] };
    /** Whether the action takes `name` and `env` (one of them does not). */
    named?: false;
  }
> = {
  'aadApp/create': {
    required: ['name', 'generateClientSecret', 'signInAudience'],
    optional: ['generateServicePrincipal', 'serviceManagementReference', 'clientSecretExpireDays'],
    outputs: {
      required: ['clientId', 'objectId'],
      optional: ['clientSecret', 'tenantId', 'authority', 'authorityHost'],
    },
  },
  'aadApp/update': { required: ['manifestPath', 'outputFilePath'], optional: [] },
  'arm/deploy': {
    required: ['subscriptionId', 'resourceGroupName', 'templates'],
    optional: ['bicepCliVersion'],
  },
  'teamsApp/create': {
    required: ['name'],
    optional: [],
    outputs: { required: ['teamsAppId'], optional: [] },
  },
  'teamsApp/validateManifest': { required: ['manifestPath'], optional: [] },
  'teamsApp/zipAppPackage': {
    required: ['manifestPath', 'outputZipPath', 'outputFolder'],
    optional: [],
  },
  'teamsApp/validateAppPackage': { required: ['appPackagePath'], optional: [] },
  'teamsApp/update': { required: ['appPackagePath'], optional: [] },
  'teamsApp/publishAppPackage': {
    required: ['appPackagePath'],
    optional: [],
    outputs: { required: ['publishedAppId'], optional: [] },
  },
  'cli/runNpmCommand': { required: ['args'], optional: ['workingDirectory'] },
  'cli/runNpxCommand': { required: ['args'], optional: ['workingDirectory'] },
  'azureStaticWebApps/getDeploymentToken': {
    required: ['resourceId'],
    optional: [],
    outputs: { required: ['deploymentToken'], optional: [] },
    named: false,
  },
  'azureFunctions/zipDeploy': {
    required: ['artifactFolder', 'resourceId'],
    optional: ['workingDirectory', 'ignoreFile', 'dryRun', 'outputZipFile'],
  },
};

const lifecycle = parseYamlSubset(read('teamsapp.yml')) as Record<string, Yaml>;
const stages = ['provision', 'deploy', 'publish'] as const;
const actions = stages.flatMap((stage) =>
  ((lifecycle[stage] ?? []) as unknown as Action[]).map((action) => ({ stage, action })),
);
const devEnv = parseEnvFile(read('env/.env.dev'));
const bicepOutputs = [...read('infra/azure.bicep').matchAll(/^output (\w+) /gm)].map((m) => m[1]);

describe('the YAML subset reader', () => {
  it('reads mappings, sequences of mappings and scalars', () => {
    expect(
      parseYamlSubset(
        [
          'version: v1.11 # comment',
          'provision:',
          '  - uses: a/b',
          '    with:',
          "      name: 'x'",
          '      list:',
          '        - path: p',
          '          deploymentName: d',
          '  - uses: c/d',
        ].join('\n'),
      ),
    ).toEqual({
      version: 'v1.11',
      provision: [
        { uses: 'a/b', with: { name: 'x', list: [{ path: 'p', deploymentName: 'd' }] } },
        { uses: 'c/d' },
      ],
    });
  });
});

describe('teamsapp.yml', () => {
  it('is a v1.11 lifecycle with provision, deploy and publish', () => {
    expect(lifecycle.version).toBe('v1.11');
    expect(lifecycle.environmentFolderPath).toBe('./env');
    for (const stage of stages) expect(Array.isArray(lifecycle[stage])).toBe(true);
  });

  it.each(
    actions.map(({ stage, action }, i) => [`${stage} #${i} ${action.uses}`, action] as const),
  )('%s uses a known action with its parameters', (_label, action) => {
    const spec = ACTIONS[action.uses];
    expect(spec, `unknown or unlisted action ${action.uses}`).toBeDefined();
    const topLevel =
      spec!.named === false
        ? ['uses', 'with', 'writeToEnvironmentFile']
        : ['uses', 'name', 'env', 'with', 'writeToEnvironmentFile'];
    expect(Object.keys(action).filter((key) => !topLevel.includes(key))).toEqual([]);
    const given = Object.keys(action.with ?? {});
    expect(spec!.required.filter((key) => !given.includes(key))).toEqual([]);
    expect(given.filter((key) => ![...spec!.required, ...spec!.optional].includes(key))).toEqual(
      [],
    );
    const outputs = action.writeToEnvironmentFile ?? {};
    if (spec!.outputs === undefined) {
      expect(outputs).toEqual({});
    } else {
      const keys = Object.keys(outputs);
      expect(spec!.outputs.required.filter((key) => !keys.includes(key))).toEqual([]);
      const allowed = [...spec!.outputs.required, ...spec!.outputs.optional];
      expect(keys.filter((key) => !allowed.includes(key))).toEqual([]);
    }
  });

  it('keeps secrets in SECRET_ variables, which the toolkit writes to the .user file', () => {
    const secretOutputs = actions.flatMap(({ action }) =>
      Object.entries(action.writeToEnvironmentFile ?? {})
        .filter(([key]) => ['clientSecret', 'deploymentToken'].includes(key))
        .map(([, variable]) => variable),
    );
    expect(secretOutputs).toEqual(['SECRET_BOT_PASSWORD', 'SECRET_TAB_SWA_DEPLOYMENT_TOKEN']);
    for (const name of secretOutputs) expect(Object.keys(devEnv)).not.toContain(name);
  });

  it('creates a single-tenant app for the tab (no secret) and one for the bot', () => {
    const created = actions.filter(({ action }) => action.uses === 'aadApp/create');
    expect(created.map(({ action }) => action.with)).toEqual([
      expect.objectContaining({ generateClientSecret: 'false', signInAudience: 'AzureADMyOrg' }),
      expect.objectContaining({ generateClientSecret: 'true', signInAudience: 'AzureADMyOrg' }),
    ]);
  });

  it('deploys the tab with the security headers in infra/', () => {
    const swa = actions.find(({ action }) => action.uses === 'cli/runNpxCommand')?.action;
    expect(swa?.with?.args).toMatch(
      /static-web-apps-cli@[\d.]+ deploy \.\/dist\/web .*--swa-config-location \.\/infra/,
    );
    expect(swa?.env?.SWA_CLI_DEPLOYMENT_TOKEN).toBe('${{SECRET_TAB_SWA_DEPLOYMENT_TOKEN}}');
  });
});

describe('environment variables', () => {
  const produced = new Set([
    ...actions.flatMap(({ action }) => Object.values(action.writeToEnvironmentFile ?? {})),
    ...bicepOutputs,
  ]);
  const templates = [
    'teamsapp.yml',
    'aad.manifest.json',
    'infra/azure.parameters.json',
    'appPackage/manifest.json',
    'appPackage/nl.json',
    'appPackage/fr.json',
    'appPackage/de.json',
  ];

  it.each(templates)('%s reads only variables env/.env.dev declares or a step produces', (file) => {
    const unknown = findPlaceholders(read(file)).filter(
      (name) => !(name in devEnv) && !produced.has(name),
    );
    expect(unknown).toEqual([]);
  });

  it('has a placeholder in env/.env.dev for every non-secret value provision writes', () => {
    const missing = [...produced].filter(
      (name) => name !== undefined && !name.startsWith('SECRET_') && !(name in devEnv),
    );
    expect(missing).toEqual([]);
  });
});
