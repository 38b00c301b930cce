import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botConnector } from '../../emulator/bot-connector/bot-connector';
import {
  body,
  startTestEmulator,
  type GraphItem,
  type TestEmulator,
} from '../../emulator/test-support/emulator-harness';
import { LOCAL_BOT_ENDPOINT } from '../../job/composition/local-runtime';
import { startLocalBotAndJob } from '../../job/local';

/* What `npm start` wires: the bot on the emulator's origin and the job on a timer. */

let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator({
    extraRoutes: [botConnector({ botEndpoint: LOCAL_BOT_ENDPOINT })],
  });
});

afterAll(async () => {
  await emulator.close();
});

describe('startLocalBotAndJob', () => {
  it('answers Teams on /api/messages and runs the job on its timer', async () => {
    const lines: string[] = [];
    const log = {
      info: (l: string) => lines.push(l),
      warn: (l: string) => lines.push(l),
      error: (l: string) => lines.push(l),
    };
    let now = new Date('2027-01-01T08:00:00+01:00');
    const local = await startLocalBotAndJob({ emulator, now: () => now, intervalMs: 60_000, log });
    try {
      // The first pass ran at start: before the slot, nothing posted and nothing logged.
      expect((await local.runNow())[0]?.skipped.map((s) => s.reason)).toEqual([
        'not-yet',
        'not-yet',
      ]);

      // Teams installs the bot: the emulator posts the event to the bot, which records it.
      await emulator.raw(
        `/_emulator/bot/teams/${encodeURIComponent('19:7c2f4a9e1b3d4f6a8c0e2b4d6f8a0c1e@thread.tacv2')}/install`,
        { method: 'POST', body: JSON.stringify({ aadGroupId: emulator.groupId, name: 'PZ Demo' }) },
      );
      const settings = await body<{ value: GraphItem[] }>(
        await emulator.graph(
          'app',
          `${emulator.listPath('IntegritySettings')}/items?expand=fields`,
        ),
      );
      expect(settings.value[0]?.fields.BotState).toBe('installed');

      now = new Date('2027-01-01T09:01:00+01:00');
      const [report] = await local.runNow();
      expect(report?.sent.map((s) => s.kind)).toEqual(['pdca-reminder', 'dialogue-prompt']);
      expect(lines.some((l) => l.includes('posted pdca-reminder for pz-demo 2027-01'))).toBe(true);
      expect(lines.join('\n')).not.toMatch(/eyJ[A-Za-z0-9_-]+\./);
    } finally {
      await local.stop();
    }
  });
});
