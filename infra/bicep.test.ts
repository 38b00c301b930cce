import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// No Bicep compiler can be installed here (npm's "bicep" is an unrelated package and Debian has
// none), so this test reads the subset of Bicep the templates use: `param`, `output`, decorators,
// `module … = { params: { … } }` and `<module>.outputs.<name>` references. It catches the wiring
// mistakes a `bicep build` would: a module given an unknown or no required param, a module output
// that does not exist, a parameters file out of step with azure.bicep.

const INFRA = fileURLToPath(new URL('.', import.meta.url));

type Token =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'punct'; readonly text: string }
  | { readonly kind: 'newline'; readonly text: '\n' };

/** Splits Bicep into words, strings, punctuation and newlines; comments are dropped. */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] ?? '';
    const rest = source.slice(i);
    if (char === '\n') {
      tokens.push({ kind: 'newline', text: '\n' });
      i += 1;
    } else if (/\s/.test(char)) {
      i += 1;
    } else if (rest.startsWith('//')) {
      i = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
    } else if (rest.startsWith('/*')) {
      i = source.indexOf('*/', i) + 2;
    } else if (rest.startsWith("'''")) {
      const end = source.indexOf("'''", i + 3);
      tokens.push({ kind: 'string', text: source.slice(i + 3, end) });
      i = end + 3;
    } else if (char === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== "'") j += source[j] === '\\' ? 2 : 1;
      tokens.push({ kind: 'string', text: source.slice(i + 1, j) });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(char)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)?.[0] ?? char;
      tokens.push({ kind: 'word', text: word });
      i += word.length;
    } else if (/[0-9]/.test(char)) {
      const number = /^[0-9]+/.exec(rest)?.[0] ?? char;
      tokens.push({ kind: 'word', text: number });
      i += number.length;
    } else {
      tokens.push({ kind: 'punct', text: char });
      i += 1;
    }
  }
  return tokens;
}

type Param = { readonly name: string; readonly required: boolean; readonly secure: boolean };
type ModuleUse = {
  readonly symbol: string;
  readonly path: string;
  readonly params: readonly string[];
};
type BicepFile = {
  readonly params: readonly Param[];
  readonly outputs: readonly string[];
  readonly modules: readonly ModuleUse[];
  /** Comment-free source, for reference searches. */
  readonly code: string;
};

const OPEN = new Set(['{', '[', '(']);
const CLOSE = new Set(['}', ']', ')']);

/** The index just past the bracket group that opens at `start`. */
function skipGroup(tokens: readonly Token[], start: number): number {
  let depth = 0;
  for (let i = start; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token?.kind !== 'punct') continue;
    if (OPEN.has(token.text)) depth += 1;
    if (CLOSE.has(token.text)) depth -= 1;
    if (depth === 0) return i + 1;
  }
  throw new Error('unbalanced brackets');
}

/** Keys of the object literal opening at `start` (a `{` token), at its own level only. */
function objectKeys(tokens: readonly Token[], start: number): { keys: string[]; end: number } {
  const keys: string[] = [];
  const end = skipGroup(tokens, start);
  let depth = 0;
  for (let i = start; i < end; i += 1) {
    const token = tokens[i];
    if (token?.kind === 'punct' && OPEN.has(token.text)) depth += 1;
    if (token?.kind === 'punct' && CLOSE.has(token.text)) depth -= 1;
    const next = tokens[i + 1];
    if (
      depth === 1 &&
      (token?.kind === 'word' || token?.kind === 'string') &&
      next?.kind === 'punct' &&
      next.text === ':'
    ) {
      keys.push(token.text);
    }
  }
  return { keys, end };
}

function parseBicep(source: string): BicepFile {
  const tokens = tokenize(source);
  const params: Param[] = [];
  const outputs: string[] = [];
  const modules: ModuleUse[] = [];
  let decorators: string[] = [];
  let atLineStart = true;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token.kind === 'newline') {
      atLineStart = true;
      i += 1;
      continue;
    }
    if (atLineStart && token.kind === 'punct' && token.text === '@') {
      const name = tokens[i + 1];
      decorators.push(name?.kind === 'word' ? name.text : '');
      i = tokens[i + 2]?.kind === 'punct' ? skipGroup(tokens, i + 2) : i + 2;
      continue;
    }
    if (atLineStart && token.kind === 'word' && token.text === 'param') {
      const name = tokens[i + 1];
      let j = i + 2;
      let hasDefault = false;
      while (j < tokens.length && tokens[j]?.kind !== 'newline') {
        const t = tokens[j];
        if (t?.kind === 'punct' && t.text === '=') hasDefault = true;
        j = t?.kind === 'punct' && OPEN.has(t.text) ? skipGroup(tokens, j) : j + 1;
      }
      params.push({
        name: name?.kind === 'word' ? name.text : '',
        required: !hasDefault,
        secure: decorators.includes('secure'),
      });
      decorators = [];
      i = j;
      continue;
    }
    if (atLineStart && token.kind === 'word' && token.text === 'output') {
      const name = tokens[i + 1];
      outputs.push(name?.kind === 'word' ? name.text : '');
    }
    if (atLineStart && token.kind === 'word' && token.text === 'module') {
      const symbol = tokens[i + 1];
      const file = tokens[i + 2];
      let j = i + 3;
      while (j < tokens.length && !(tokens[j]?.kind === 'punct' && tokens[j]?.text === '{')) j += 1;
      const body = objectKeys(tokens, j);
      let params: string[] = [];
      for (let k = j; k < body.end; k += 1) {
        const t = tokens[k];
        if (
          t?.kind === 'word' &&
          t.text === 'params' &&
          tokens[k + 1]?.text === ':' &&
          tokens[k + 2]?.text === '{'
        ) {
          params = objectKeys(tokens, k + 2).keys;
          break;
        }
      }
      modules.push({
        symbol: symbol?.kind === 'word' ? symbol.text : '',
        path: file?.kind === 'string' ? file.text : '',
        params,
      });
      decorators = [];
      atLineStart = false;
      i = body.end;
      continue;
    }
    if (token.kind === 'punct' && OPEN.has(token.text)) {
      // Resources and other blocks: nothing inside them is a top-level declaration.
      i = skipGroup(tokens, i);
      atLineStart = false;
      decorators = [];
      continue;
    }
    atLineStart = false;
    i += 1;
  }
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return { params, outputs, modules, code };
}

function readBicep(relative: string): BicepFile {
  return parseBicep(readFileSync(path.join(INFRA, relative), 'utf8'));
}

const main = readBicep('azure.bicep');
const moduleFiles = readdirSync(path.join(INFRA, 'modules')).filter((f) => f.endsWith('.bicep'));

describe('the reader of the Bicep subset', () => {
  it('reads params with and without defaults, decorators, outputs and module params', () => {
    const parsed = parseBicep(
      [
        '// a comment with param fake string',
        "@description('x = y')",
        '@secure()',
        'param secret string',
        "param withDefault string = 'a'",
        '@allowed([',
        "  'F0'",
        "  'S1'",
        '])',
        'param sku string',
        "resource r 'T@1' = {",
        '  name: secret',
        '  properties: { param: 1 }',
        '}',
        "module m 'modules/x.bicep' = {",
        "  name: 'm'",
        '  params: {',
        "    a: 'https://${r.name}'",
        '    b: { nested: 1 }',
        '  }',
        '}',
        'output OUT string = m.outputs.thing',
      ].join('\n'),
    );
    expect(parsed.params).toEqual([
      { name: 'secret', required: true, secure: true },
      { name: 'withDefault', required: false, secure: false },
      { name: 'sku', required: true, secure: false },
    ]);
    expect(parsed.modules).toEqual([{ symbol: 'm', path: 'modules/x.bicep', params: ['a', 'b'] }]);
    expect(parsed.outputs).toEqual(['OUT']);
  });
});

describe('infra/azure.bicep', () => {
  it('uses every module in infra/modules, each once', () => {
    expect(main.modules.map((m) => m.path).sort()).toEqual(
      moduleFiles.map((file) => `modules/${file}`).sort(),
    );
  });

  it.each(main.modules.map((m) => [m.path, m] as const))(
    '%s gets every required param and no unknown one',
    (_path, use) => {
      const declared = readBicep(use.path).params;
      const required = declared.filter((p) => p.required).map((p) => p.name);
      expect(required.filter((name) => !use.params.includes(name))).toEqual([]);
      expect(use.params.filter((name) => !declared.some((p) => p.name === name))).toEqual([]);
    },
  );

  it('reads only outputs its modules declare', () => {
    const references = [...main.code.matchAll(/\b([A-Za-z_]\w*)\.outputs\.([A-Za-z_]\w*)/g)];
    expect(references.length).toBeGreaterThan(0);
    for (const [, symbol, output] of references) {
      const use = main.modules.find((m) => m.symbol === symbol);
      expect(use, `module ${symbol}`).toBeDefined();
      expect(readBicep(use!.path).outputs, use!.path).toContain(output);
    }
  });

  it('writes the outputs the toolkit and the package read back', () => {
    expect(main.outputs).toEqual(
      expect.arrayContaining([
        'TAB_ENDPOINT',
        'TAB_DOMAIN',
        'TAB_SWA_RESOURCE_ID',
        'BOT_DOMAIN',
        'BOT_ENDPOINT',
        'BOT_MESSAGING_ENDPOINT',
        'FUNCTION_APP_RESOURCE_ID',
        'FUNCTION_APP_PRINCIPAL_ID',
      ]),
    );
  });

  it('never outputs a secure param', () => {
    const secure = [main, ...moduleFiles.map((f) => readBicep(`modules/${f}`))].flatMap((file) =>
      file.params.filter((p) => p.secure).map((p) => ({ file, name: p.name })),
    );
    expect(secure.map((s) => s.name)).toEqual(['botAadAppClientSecret', 'botClientSecret']);
    for (const { file, name } of secure) {
      expect(file.code).not.toMatch(new RegExp(`^output .*\\b${name}\\b`, 'm'));
    }
  });

  it('keeps the bot single-tenant with the Teams channel', () => {
    const bot = readFileSync(path.join(INFRA, 'modules', 'bot.bicep'), 'utf8');
    expect(bot).toContain("msaAppType: 'SingleTenant'");
    expect(bot).toContain("channelName: 'MsTeamsChannel'");
  });

  it('gives the Function App every setting the job requires at start', () => {
    const runtime = readFileSync(
      path.join(INFRA, '..', 'src', 'job', 'composition', 'tenant-runtime.ts'),
      'utf8',
    );
    const required = [...runtime.matchAll(/required\(env, '([A-Z_]+)'\)/g)].map((m) => m[1]);
    expect(required).toContain('INTEGRITY_SITE_IDS');
    const functionApp = readFileSync(path.join(INFRA, 'modules', 'function-app.bicep'), 'utf8');
    const settings = [...functionApp.matchAll(/name: '([A-Z_]+)'/g)].map((m) => m[1]);
    expect(required.filter((name) => !settings.includes(name))).toEqual([]);
  });
});

describe('infra/azure.parameters.json', () => {
  const file = JSON.parse(readFileSync(path.join(INFRA, 'azure.parameters.json'), 'utf8')) as {
    parameters: Record<string, { value: unknown }>;
  };
  const given = Object.keys(file.parameters);

  it('sets only params azure.bicep declares', () => {
    expect(given.filter((name) => !main.params.some((p) => p.name === name))).toEqual([]);
  });

  it('sets every param azure.bicep requires', () => {
    const required = main.params.filter((p) => p.required).map((p) => p.name);
    expect(required.filter((name) => !given.includes(name))).toEqual([]);
  });

  it('takes the secure param from a SECRET_ variable, never a literal', () => {
    expect(file.parameters.botAadAppClientSecret?.value).toBe('${{SECRET_BOT_PASSWORD}}');
  });
});

describe('infra/staticwebapp.config.json', () => {
  const config = JSON.parse(readFileSync(path.join(INFRA, 'staticwebapp.config.json'), 'utf8')) as {
    globalHeaders: Record<string, string>;
  };
  const headers = config.globalHeaders;
  const csp = new Map(
    (headers['Content-Security-Policy'] ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name = '', ...values]) => [name, values] as const),
  );

  it('lets exactly the Teams, Outlook and Microsoft 365 hosts frame the tab', () => {
    // Microsoft's list for tabs in Teams, Outlook and the Microsoft 365 app (tab requirements,
    // learn.microsoft.com), without the outlook-sdf.* test rings.
    expect([...(csp.get('frame-ancestors') ?? [])].sort()).toEqual(
      [
        'https://teams.microsoft.com',
        'https://*.teams.microsoft.com',
        'https://*.cloud.microsoft',
        'https://*.microsoft365.com',
        'https://*.office.com',
        'https://outlook.office.com',
        'https://outlook.office365.com',
      ].sort(),
    );
  });

  it('loads scripts only from the tab itself', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('sends nosniff and HSTS, and no X-Frame-Options (it would block Teams)', () => {
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    const maxAge = Number(/max-age=(\d+)/.exec(headers['Strict-Transport-Security'] ?? '')?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
    expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain('x-frame-options');
  });
});
