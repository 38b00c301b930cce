/**
 * Many entities on the emulator's site, each with its own channel and an adopted plan (whose
 * open annual measurement gives every reminder something to say), written through the emulator's
 * raw endpoint. Used by the fan-out test and the fan-out benchmark.
 */
export type FanoutEntity = { readonly entityId: string; readonly channelId: string };

async function raw(
  emulatorUrl: string,
  list: string,
  fields: Record<string, unknown>,
): Promise<void> {
  const response = await fetch(`${emulatorUrl}/_emulator/raw/${list}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fields }),
  });
  if (!response.ok) throw new Error(`raw ${list}: ${response.status} ${await response.text()}`);
}

export async function seedFanoutEntities(
  emulatorUrl: string,
  count: number,
): Promise<FanoutEntity[]> {
  const entities: FanoutEntity[] = [];
  for (let i = 0; i < count; i += 1) {
    const entityId = `pz-fan-${String(i).padStart(3, '0')}`;
    const channelId = `19:fan${String(i).padStart(3, '0')}@thread.tacv2`;
    await raw(emulatorUrl, 'IntegritySettings', {
      Title: `PZ Fan ${i}`,
      EntityId: entityId,
      EntityKind: 'local-police-zone',
      Languages: i % 3 === 0 ? 'nl,fr' : 'nl',
      TeamId: `group-fan-${i}`,
      ChannelId: channelId,
      ChannelName: 'General',
      DayOfMonth: 1,
      ReminderHour: 9,
      SkipRecentDays: 7,
      IndicatorStaleDays: 90,
      BotState: 'unknown',
    });
    await raw(emulatorUrl, 'IntegrityPlans', {
      Title: 'Integriteitsbeleidsplan 2026–2031',
      EntityId: entityId,
      PlanStatus: 'adopted',
      AdoptedOn: '2026-01-15T00:00:00Z',
      EntityName: `PZ Fan ${i}`,
      PeriodStart: '2026-01-01T00:00:00Z',
      PeriodEnd: '2031-12-31T00:00:00Z',
      MandateHolderLastName: 'Peeters',
      MandateHolderFirstName: 'An',
      MandateHolderGrade: 'hoofdcommissaris',
    });
    entities.push({ entityId, channelId });
  }
  return entities;
}
