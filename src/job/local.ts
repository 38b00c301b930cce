import {
  startLocalReminders,
  type LocalBotAndJob,
  type StartLocalOptions,
} from './composition/local-runtime';

/**
 * What `npm start` calls once the emulator runs (started with
 * `extraRoutes: [botConnector({ botEndpoint: '/api/messages' })]` from
 * `src/emulator/bot-connector/bot-connector.ts`): the bot answers on the emulator's own origin at
 * `/api/messages`, and the monthly job runs every minute on the real clock against the emulator,
 * logging what it posts. Stop it before closing the emulator.
 */
export function startLocalBotAndJob(options: StartLocalOptions): Promise<LocalBotAndJob> {
  return startLocalReminders(options);
}
