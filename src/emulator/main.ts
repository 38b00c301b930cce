import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmulator } from './server';

/**
 * `tsx src/emulator/main.ts --port 4010 --data .local-data [--reset] [--seed demo|fresh|empty]`
 * Runs the emulator alone (npm start runs it together with the tab).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      data: { type: 'string', default: '.local-data' },
      reset: { type: 'boolean', default: false },
      seed: { type: 'string', default: 'demo' },
      memory: { type: 'boolean', default: false },
      'time-zone': { type: 'string', default: 'Europe/Brussels' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port ${values.port} is not a port`);
  if (values.seed !== 'demo' && values.seed !== 'fresh' && values.seed !== 'empty')
    throw new Error('--seed must be demo, fresh or empty');
  const dbPath = values.memory ? ':memory:' : join(resolve(values.data), 'emulator.sqlite');

  const emulator = await startEmulator({
    port,
    dbPath,
    seed: values.seed,
    reset: values.reset,
    siteTimeZone: values['time-zone'],
  });
  console.info(`Microsoft 365 emulator listening on ${emulator.url}`);
  console.info(`  Graph:    ${emulator.graphBaseUrl}`);
  console.info(`  Site:     ${emulator.siteUrl} (id ${emulator.siteId})`);
  console.info(`  Group:    ${emulator.groupId}`);
  console.info(`  Data:     ${dbPath}${values.reset ? ' (reseeded)' : ''}`);

  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    console.info(`${signal}: stopping the emulator`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('emulator did not stop cleanly', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => {
    shutdown('SIGINT');
  });
  process.on('SIGTERM', () => {
    shutdown('SIGTERM');
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
