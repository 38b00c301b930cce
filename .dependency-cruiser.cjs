/**
 * Layer rules (docs: ../shared/design/architecture.md). `npm run deps:check` fails on any of them.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core imports only src/core and a few pure libraries (zod, date-fns).',
      severity: 'error',
      from: { path: '^src/core/' },
      to: {
        pathNot: [
          '^src/core/',
          '^node_modules/(zod|date-fns|@date-fns/tz|fast-check|vitest|@vitest)/',
        ],
      },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'ports-only-core',
      severity: 'error',
      from: { path: '^src/ports/' },
      to: { path: '^src/(app|adapters|web|job|emulator)/' },
    },
    {
      name: 'app-only-core-and-ports',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/(adapters|web|job|emulator)/' },
    },
    {
      name: 'adapters-not-to-runtimes',
      comment: 'Tests of adapters may start the local emulator; adapter code may not.',
      severity: 'error',
      from: { path: '^src/adapters/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(web|job|emulator)/' },
    },
    {
      name: 'web-adapters-only-in-composition-root',
      comment: 'Only src/web/main.tsx (and files under src/web/composition/) pick adapters.',
      severity: 'error',
      from: {
        path: '^src/web/',
        pathNot: ['^src/web/main\\.tsx$', '^src/web/composition/', '\\.test\\.tsx?$'],
      },
      to: { path: '^src/adapters/' },
    },
    {
      name: 'web-not-to-job-or-emulator',
      comment: 'Tab tests may start the local emulator; tab code may not.',
      severity: 'error',
      from: { path: '^src/web/', pathNot: ['\\.test\\.tsx?$', '^src/web/test-support/'] },
      to: { path: '^src/(job|emulator)/' },
    },
    {
      name: 'job-adapters-only-in-composition-root',
      severity: 'error',
      from: { path: '^src/job/', pathNot: ['^src/job/composition/', '\\.test\\.ts$'] },
      to: { path: '^src/adapters/' },
    },
    {
      name: 'job-not-to-web-or-emulator',
      severity: 'error',
      from: { path: '^src/job/' },
      to: { path: '^src/(web|emulator)/' },
    },
    {
      name: 'emulator-self-contained',
      comment: 'The emulator is its own world: its code, manifest/ and the core catalogue data.',
      severity: 'error',
      from: { path: '^src/emulator/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(web|job|adapters|app)/' },
    },
    {
      name: 'features-do-not-import-each-other',
      severity: 'error',
      from: { path: '^src/web/features/([^/]+)/' },
      to: { path: '^src/web/features/', pathNot: '^src/web/features/$1/' },
    },
    {
      name: 'not-to-test',
      severity: 'error',
      from: {
        pathNot:
          '(\\.test\\.tsx?$|\\.contract\\.ts$|\\.e2e\\.ts$|\\.bench\\.ts$|^test/|^e2e/|^bench/|/test-support/)',
      },
      to: { path: '(\\.test\\.tsx?$|\\.contract\\.ts$|/test-support/|^test/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    exclude: { path: '(^coverage/|^dist/|^reports/)' },
  },
};
