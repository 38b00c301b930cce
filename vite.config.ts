import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { IntlMessageFormat } from 'intl-messageformat';
import { defineConfig, loadEnv, type Plugin, type Rolldown } from 'vite';

// The tab's build: root src/web, output dist/web, relative asset URLs so the same bundle works
// from the local emulator's origin and from any tenant host path.

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const envDir = fileURLToPath(new URL('./env', import.meta.url));

/** The `<meta>` read by src/web/composition/tab-config.ts (`readPageMode`). */
const TAB_MODE_META_NAME = 'integrity-dashboard-mode';

/**
 * Packages too heavy for the first paint (charts, document exports, the Adaptive Cards renderer):
 * they must be reached through `import()` from the screen that needs them. The budget for the
 * initial JS is 200 KB gzip; Fluent, React and teams-js already take ~115 KB of it.
 */
const LAZY_ONLY_PACKAGES =
  /\/node_modules\/(@fluentui\/react-charts|docx|exceljs|adaptivecards|adaptivecards-templating|adaptive-expressions|pdfmake|jszip)\//;

const MESSAGE_CATALOGUE = /\/src\/web\/i18n\/messages\.[a-z]{2}\.ts$/;

/**
 * Compiles the tab's message catalogues to ICU syntax trees at build time, so they are never
 * parsed at run time and a malformed message fails the build. react-intl accepts the trees in
 * place of strings. The parser itself stays in the bundle: the core's and the store's error
 * messages are ICU strings formatted when an error is shown (src/web/data/useErrorText.ts).
 */
function precompileMessages(): Plugin {
  return {
    name: 'integrity-dashboard:precompile-messages',
    async transform(code, id) {
      if (!MESSAGE_CATALOGUE.test(id)) return null;
      // The catalogue is plain data once TypeScript is stripped: evaluate it as its own module.
      const source = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
      const exported = (await import(source)) as Record<string, Readonly<Record<string, string>>>;
      const lines = Object.entries(exported).map(([name, messages]) => {
        const trees = Object.fromEntries(
          Object.entries(messages).map(([key, message]) => {
            try {
              return [key, new IntlMessageFormat(message, 'en').getAst()];
            } catch (error) {
              throw new Error(`${id}: message "${key}" is not valid ICU: ${String(error)}`);
            }
          }),
        );
        return `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(trees))});`;
      });
      return { code: lines.join('\n'), map: null };
    },
  };
}

/** Writes the mode the bundle was built for into index.html. */
function tabModeMeta(mode: 'local' | 'tenant'): Plugin {
  return {
    name: 'integrity-dashboard:tab-mode',
    transformIndexHtml() {
      return [
        { tag: 'meta', attrs: { name: TAB_MODE_META_NAME, content: mode }, injectTo: 'head' },
      ];
    },
  };
}

/** The persona picker: the first screen of every local-mode page load. */
const SIGN_IN_PAGE = /\/src\/web\/features\/sign-in\/SignInPage\.tsx$/;

/**
 * Local builds: `<link rel="modulepreload">` for the persona picker's chunk and the chunks it
 * imports, so the browser fetches them beside the entry instead of after the entry has run and
 * React has rendered down to the lazy picker. They stay out of the initial JS budget's closure
 * (nothing imports them statically) and a tenant build does not list them.
 */
function preloadSignInPage(mode: 'local' | 'tenant'): Plugin {
  return {
    name: 'integrity-dashboard:preload-sign-in',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (mode !== 'local' || ctx.bundle === undefined) return [];
        const chunks = new Map(
          Object.values(ctx.bundle)
            .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk')
            .map((chunk) => [chunk.fileName, chunk]),
        );
        const initial = new Set<string>();
        const closure = (fileName: string, into: Set<string>): void => {
          const chunk = chunks.get(fileName);
          if (chunk === undefined || into.has(fileName)) return;
          into.add(fileName);
          chunk.imports.forEach((name) => {
            closure(name, into);
          });
        };
        for (const chunk of chunks.values()) if (chunk.isEntry) closure(chunk.fileName, initial);
        const signIn = [...chunks.values()].find(
          (chunk) => chunk.facadeModuleId !== null && SIGN_IN_PAGE.test(chunk.facadeModuleId),
        );
        if (signIn === undefined) return [];
        const wanted = new Set<string>();
        closure(signIn.fileName, wanted);
        return [...wanted]
          .filter((fileName) => !initial.has(fileName))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/** Fails the build when a lazy-only package ends up in a chunk the page loads up front. */
function keepInitialLoadLean(): Plugin {
  return {
    name: 'integrity-dashboard:initial-load',
    apply: 'build',
    generateBundle(_options, bundle: Rolldown.OutputBundle) {
      const chunks = new Map(
        Object.values(bundle)
          .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk')
          .map((chunk) => [chunk.fileName, chunk]),
      );
      const initial = new Set<string>();
      const visit = (fileName: string): void => {
        const chunk = chunks.get(fileName);
        if (chunk === undefined || initial.has(fileName)) return;
        initial.add(fileName);
        chunk.imports.forEach(visit);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
      for (const fileName of initial) {
        const heavy = chunks.get(fileName)?.moduleIds.find((id) => LAZY_ONLY_PACKAGES.test(id));
        if (heavy !== undefined) {
          this.error(
            `${heavy} is in the initial chunk ${fileName}; load it with import() from its screen.`,
          );
        }
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, envDir, 'VITE_');
  const tabMode = env.VITE_TAB_MODE === 'tenant' ? 'tenant' : 'local';
  if (tabMode === 'tenant' && (env.VITE_AAD_CLIENT_ID ?? '').trim() === '') {
    throw new Error(`VITE_TAB_MODE=tenant needs VITE_AAD_CLIENT_ID (env/.env.${mode}).`);
  }
  const emulatorOrigin = process.env.EMULATOR_ORIGIN;
  return {
    root: webRoot,
    envDir,
    base: './',
    plugins: [
      react(),
      precompileMessages(),
      tabModeMeta(tabMode),
      keepInitialLoadLean(),
      preloadSignInPage(tabMode),
    ],
    build: {
      outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: {
        // The tab, and the popup sign-in's redirect page (src/web/auth-redirect.html).
        input: {
          index: fileURLToPath(new URL('./src/web/index.html', import.meta.url)),
          'auth-redirect': fileURLToPath(new URL('./src/web/auth-redirect.html', import.meta.url)),
        },
      },
    },
    server: {
      host: '127.0.0.1',
      // `vite` dev server in local mode: Graph and the persona sign-in go to a running emulator.
      ...(emulatorOrigin === undefined
        ? {}
        : {
            proxy: {
              '/v1.0': { target: emulatorOrigin, changeOrigin: true },
              '/_local': { target: emulatorOrigin, changeOrigin: true },
            },
          }),
    },
  };
});
