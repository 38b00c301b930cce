// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../core/catalogue/catalogue';
import type { RunningEmulator } from '../../../emulator/server';
import {
  DEMO_ENTITY,
  handCreate,
  handEdit,
  listItems,
  renderTabAt,
  signInPersona,
  startSeededEmulator,
  type EmulatorItem,
} from '../../test-support/measure-emulator';

/*
 * Locking seals the measurement's items in SharePoint (issue #7): the screen says so while it
 * runs and once it is done, and the emulator's Graph then refuses edits of its ratings.
 */

let emulator: RunningEmulator;
beforeEach(async () => {
  emulator = await startSeededEmulator();
});
afterEach(async () => {
  await emulator.close();
});

async function annualMeasurement(): Promise<EmulatorItem> {
  const items = await listItems(emulator, 'IntegrityMeasurements');
  const found = items.find((item) => item.fields.MeasurementKind === 'annual');
  if (found === undefined) throw new Error('no annual measurement seeded');
  return found;
}

async function ratingsOf(measurementId: string): Promise<readonly EmulatorItem[]> {
  const items = await listItems(emulator, 'IntegrityRatings');
  return items.filter((item) => item.fields.MeasurementRef === measurementId);
}

/** Rates every element the seed left undecided, behind the tab's back, so it can be locked. */
async function completeRatings(measurementId: string): Promise<void> {
  const existing = await ratingsOf(measurementId);
  for (const element of CATALOGUE) {
    const found = existing.find((r) => r.fields.ElementId === element.id);
    if (found === undefined) {
      await handCreate(emulator, 'IntegrityRatings', {
        Title: element.id,
        EntityId: DEMO_ENTITY,
        MeasurementRef: measurementId,
        ElementId: element.id,
        RatingValue: '2',
      });
    } else if (found.fields.RatingValue === 'not-assessed') {
      await handEdit(emulator, 'IntegrityRatings', found.id, { RatingValue: '1' });
    }
  }
}

/** A Graph PATCH of a rating's fields as `persona`, straight to the emulator (not the tab). */
async function patchRating(
  persona: 'commander' | 'integrity-officer',
  id: string,
  fields: Record<string, unknown>,
): Promise<number> {
  const response = await fetch(
    `${emulator.graphBaseUrl}/sites/${emulator.siteId}/lists/IntegrityRatings/items/${id}/fields`,
    {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${emulator.tokenFor(persona)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(fields),
    },
  );
  await response.text();
  return response.status;
}

describe(
  'MeasurementPage: sealing at lock time (against the emulator)',
  { timeout: 60_000 },
  () => {
    it('shows the sealing, then the sealed count, and SharePoint refuses edits afterwards', async () => {
      const annual = await annualMeasurement();
      await completeRatings(annual.id);
      const ratings = await ratingsOf(annual.id);
      const [rating] = ratings;
      if (rating === undefined) throw new Error('no rating to edit');
      // Before the lock, the commander (an owner) may edit a rating through Graph.
      expect(await patchRating('commander', rating.id, { Dissent: 'Voor de vergrendeling.' })).toBe(
        200,
      );

      const tab = renderTabAt(emulator, { path: `measurement/${annual.id}` });
      await signInPersona(tab.user, 'commander');
      await screen.findByText(/of 102 rated/, {}, { timeout: 10_000 });
      await tab.user.click(screen.getByRole('button', { name: 'Lock measurement' }));

      // The lock is shown at once, with the sealing still running, in a polite status region.
      const running = await screen.findByText(
        'Making its items read-only in SharePoint…',
        {},
        { timeout: 10_000 },
      );
      const region = running.closest('[role="status"]');
      if (!(region instanceof HTMLElement)) throw new Error('the sealing status is not a status');
      expect(within(region).getByText('The measurement is locked.')).toBeInTheDocument();
      // Then the same region tells how many items were sealed: the measurement and its ratings.
      const total = 1 + ratings.length;
      expect(
        await within(region).findByText(
          `Sealed: its ${total} items are read-only in SharePoint, for everyone.`,
          {},
          { timeout: 20_000 },
        ),
      ).toBeInTheDocument();
      expect(within(region).queryByText(/Making its items read-only/)).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      // The status never took the focus from the person who pressed the button.
      expect(region).not.toContainElement(document.activeElement as HTMLElement | null);

      // SharePoint itself now refuses the same edit, even to the owner who locked it.
      expect(await patchRating('commander', rating.id, { Dissent: 'Na de vergrendeling.' })).toBe(
        403,
      );
      expect(
        await patchRating('integrity-officer', rating.id, { Dissent: 'Na de vergrendeling.' }),
      ).toBe(403);
      const after = (await ratingsOf(annual.id)).find((r) => r.id === rating.id);
      expect(after?.fields.Dissent).toBe('Voor de vergrendeling.');
    });
  },
);
