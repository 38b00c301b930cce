// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { withoutAnimations } from '../../test-support/no-animations';
import { renderWithIntl } from '../../test-support/render-with-intl';
import { ConflictDialog } from './ConflictDialog';

const LABELS: Readonly<Record<string, string>> = {
  title: 'Title',
  unit: 'Unit',
  elementIds: 'Elements',
};
const labelOf = (path: string): string => LABELS[path] ?? path;

withoutAnimations();

describe('ConflictDialog', () => {
  it('offers mine or theirs per differing field, mine by default, and saves the choices', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    renderWithIntl(
      <ConflictDialog
        mine={{ id: '1', title: 'Mine', unit: '%', elementIds: ['a', 'b'] }}
        theirs={{ id: '1', title: 'Theirs', unit: '%', elementIds: [] }}
        labelOf={labelOf}
        onSave={onSave}
        onDiscard={vi.fn()}
      />,
    );

    const dialog = screen.getByRole('alertdialog', {
      name: 'Someone else changed this in the meantime',
    });
    // Only the fields that differ, by their labels; an empty value is said to be empty.
    expect(within(dialog).getAllByRole('radiogroup')).toHaveLength(2);
    expect(within(dialog).getByRole('radio', { name: 'Keep mine: Mine' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Keep mine: a, b' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Keep theirs: (empty)' })).not.toBeChecked();

    await user.click(within(dialog).getByRole('radio', { name: 'Keep theirs: Theirs' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save the merged version' }));
    expect(onSave).toHaveBeenCalledWith({ title: 'theirs', elementIds: 'mine' });
  });

  it('says the item is gone and offers only to discard when there is no version of theirs', async () => {
    const user = userEvent.setup();
    const onDiscard = vi.fn();
    renderWithIntl(
      <ConflictDialog
        mine={{ id: '1', title: 'Mine' }}
        theirs={null}
        labelOf={labelOf}
        onSave={vi.fn()}
        onDiscard={onDiscard}
      />,
    );

    expect(screen.getByText(/The item was deleted or changed by hand/)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Save the merged version' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Discard my changes' }));
    expect(onDiscard).toHaveBeenCalledOnce();
  });
});
