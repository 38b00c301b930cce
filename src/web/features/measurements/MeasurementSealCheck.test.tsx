// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSharePointRecordSealer } from '../../../adapters/sharepoint/record-sealer';
import type { RunningEmulator } from '../../../emulator/server';
import {
  listItems,
  renderTabAt,
  signInPersona,
  startSeededEmulator,
  type EmulatorItem,
} from '../../test-support/measure-emulator';

/*
 * A measurement opened already locked tells whether its items are sealed in SharePoint: checked
 * once, read only, against the real emulator. The seeded baseline is locked but never sealed.
 */

const VERIFIED = 'Sealed: its items are read-only in SharePoint.';
const MISSING = 'Locked, but its items are not read-only in SharePoint yet.';
const RESEAL = 'Make read-only again';
const LOADED = { timeout: 10_000 };

let emulator: RunningEmulator;
beforeEach(async () => {
  emulator = await startSeededEmulator();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await emulator.close();
});

async function baseline(): Promise<EmulatorItem> {
  const items = await listItems(emulator, 'IntegrityMeasurements');
  const found = items.find((item) => item.fields.MeasurementKind === 'baseline');
  if (found === undefined) throw new Error('no baseline measurement seeded');
  expect(found.fields.MeasurementStatus).toBe('locked');
  return found;
}

function commanderSealer(): ReturnType<typeof createSharePointRecordSealer> {
  const tokens = { getToken: () => Promise.resolve(emulator.tokenFor('commander')) };
  return createSharePointRecordSealer({
    graphBaseUrl: emulator.graphBaseUrl,
    siteId: emulator.siteId,
    siteUrl: emulator.siteUrl,
    graphTokens: tokens,
    sharePointTokens: tokens,
  });
}

async function sealState(measurementId: string): Promise<string> {
  const state = await commanderSealer().sealState(measurementId);
  if (!state.ok) throw new Error(`checking the seal failed: ${state.error.code}`);
  return state.value;
}

async function openAs(
  persona: 'commander' | 'member',
  measurementId: string,
): Promise<ReturnType<typeof renderTabAt>> {
  const tab = renderTabAt(emulator, { path: `measurement/${measurementId}` });
  await signInPersona(tab.user, persona);
  await screen.findByText(/of 102 rated/, {}, LOADED);
  return tab;
}

describe('MeasurementPage: the seal of a locked measurement (against the emulator)', () => {
  it(
    'shows a sealed locked measurement as sealed, to a member too',
    { timeout: 60_000 },
    async () => {
      const { id } = await baseline();
      const sealed = await commanderSealer().sealMeasurement(id);
      expect(sealed.ok).toBe(true);

      await openAs('member', id);
      const status = await screen.findByText(VERIFIED, {}, LOADED);
      expect(status.closest('[role="status"]')).not.toBeNull();
      expect(screen.queryByText(MISSING)).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: RESEAL })).not.toBeInTheDocument();
    },
  );

  it(
    'warns a member of a locked but unsealed measurement, without sealing it or offering to',
    { timeout: 60_000 },
    async () => {
      const { id } = await baseline();
      emulator.context.stats.reset();
      await openAs('member', id);

      const warning = await screen.findByText(MISSING, {}, LOADED);
      const region = warning.closest('[role="status"]');
      if (!(region instanceof HTMLElement)) throw new Error('the warning is not a status');
      expect(within(region).queryByRole('button')).not.toBeInTheDocument();
      expect(screen.queryByText(VERIFIED)).not.toBeInTheDocument();
      // Only checked: nothing was sealed by opening it.
      expect(emulator.context.stats.snapshot().byMethodAndKind['POST sharepoint.batch']).toBe(
        undefined,
      );
      expect(await sealState(id)).toBe('not-sealed');
    },
  );

  it(
    'lets the commander seal a locked but unsealed measurement from the warning',
    { timeout: 60_000 },
    async () => {
      const { id } = await baseline();
      const ratings = (await listItems(emulator, 'IntegrityRatings')).filter(
        (r) => r.fields.MeasurementRef === id,
      );
      const tab = await openAs('commander', id);

      const warning = await screen.findByText(MISSING, {}, LOADED);
      const region = warning.closest('[role="status"]');
      if (!(region instanceof HTMLElement)) throw new Error('the warning is not a status');
      expect(await sealState(id)).toBe('not-sealed');
      await tab.user.click(within(region).getByRole('button', { name: RESEAL }));

      expect(
        await screen.findByText(
          `Sealed: its ${1 + ratings.length} items are read-only in SharePoint, for everyone.`,
          {},
          { timeout: 20_000 },
        ),
      ).toBeInTheDocument();
      expect(screen.queryByText(MISSING)).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(await sealState(id)).toBe('sealed');
    },
  );

  it(
    'shows nothing extra when the check fails, and warns in the console',
    { timeout: 60_000 },
    async () => {
      const { id } = await baseline();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const original = globalThis.fetch;
      // SharePoint refuses the item read the check makes (as without a grant on the site).
      vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (url.includes('/_api/') && url.includes('EffectiveBasePermissions')) {
          return Promise.resolve(
            new Response(JSON.stringify({ error: { message: 'Access denied.' } }), {
              status: 403,
              headers: { 'content-type': 'application/json' },
            }),
          );
        }
        return original(input, init);
      });
      await openAs('commander', id);

      await waitFor(() => {
        expect(warn).toHaveBeenCalledWith(expect.stringContaining('SEAL.CHECK_FAILED: forbidden'));
      }, LOADED);
      expect(screen.queryByText(MISSING)).not.toBeInTheDocument();
      expect(screen.queryByText(VERIFIED)).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: RESEAL })).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );
});
