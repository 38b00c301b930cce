import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { startEmulator } from '../src/emulator/server';
import { staticFiles } from '../src/emulator/static-files';
import { botConnector } from '../src/emulator/bot-connector/bot-connector';
import { teamsHostRoutes } from '../src/emulator/teams-host/routes';
import { startLocalBotAndJob } from '../src/job/local';

/**
 * `npm start [-- --reset] [--port 4010] [--data .local-data] [--no-build]`: local mode in one
 * process — builds the tab, then serves it beside the local Microsoft 365 emulator (seeded with
 * "PZ Demo" on first run), the bot endpoint and the monthly job, all on 127.0.0.1.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4010' },
      data: { type: 'string', default: '.local-data' },
      reset: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const root = resolve(import.meta.dirname, '..');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port ${values.port} is not a port number`);
  }
  const distDir = join(root, 'dist', 'web');
  if (!values['no-build'] || !existsSync(join(distDir, 'index.html'))) {
    console.info('Building the tab …');
    await build({ configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  }

  const dataDir = resolve(root, values.data);
  const emulator = await startEmulator({
    port,
    dbPath: join(dataDir, 'emulator.sqlite'),
    seed: 'demo',
    reset: values.reset,
    extraRoutes: [
      botConnector({ botEndpoint: '/api/messages' }),
      teamsHostRoutes(),
      staticFiles(distDir),
    ],
  });

  const bot = await startLocalBotAndJob({ emulator });

  console.info('');
  console.info(`Integrity Dashboard (local mode) — open ${emulator.url}/teams`);
  console.info(`  The tab alone, outside Teams: ${emulator.url}/`);
  console.info(`  Microsoft 365 emulator: ${emulator.graphBaseUrl} (site ${emulator.siteUrl})`);
  console.info(`  Channel posts of the bot: ${emulator.url}/_local/channel`);
  console.info(`  Data: ${dataDir}${values.reset ? ' (reseeded)' : ''}`);
  console.info('  Stop with Ctrl+C.');

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.info(`${signal}: stopping`);
    bot
      .stop()
      .then(() => emulator.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('did not stop cleanly', error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
