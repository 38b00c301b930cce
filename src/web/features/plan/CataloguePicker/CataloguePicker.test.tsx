// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { elementsOf } from '../../../../core/catalogue/catalogue';
import { renderWithIntl } from '../../../test-support/render-with-intl';
import { CataloguePicker } from './CataloguePicker';

describe('CataloguePicker', () => {
  it('filters the catalogue by IMF function', async () => {
    const user = userEvent.setup();
    renderWithIntl(<CataloguePicker mode="edit" selected={[]} onChange={vi.fn()} />);
    const picker = screen.getByRole('group', { name: 'Instruments, processes and structures' });
    const all = within(picker).getAllByRole('checkbox').length;

    await user.selectOptions(
      within(picker).getByRole('combobox', { name: 'Function' }),
      'F3 Monitor integrity',
    );
    const monitor = elementsOf({ function: 'monitor' });
    const shown = within(picker).getAllByRole('checkbox');
    expect(shown).toHaveLength(monitor.length);
    expect(shown.length).toBeLessThan(all);
    expect(shown.map((box) => box.closest('label, span, div')?.textContent ?? '')).toEqual(
      monitor.map((e) => e.label.en),
    );
    expect(within(picker).getByRole('status')).toHaveTextContent(
      `${String(monitor.length)} elements shown, 0 selected`,
    );
  });

  it('is operable from the keyboard alone: Tab to a box, Space to link it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithIntl(<CataloguePicker mode="edit" selected={[]} onChange={onChange} />);
    const [first] = elementsOf({});
    if (first === undefined) throw new Error('empty catalogue');

    // Four filters, then the first element.
    for (let i = 0; i < 5; i += 1) await user.tab();
    expect(screen.getByRole('checkbox', { name: first.label.en })).toHaveFocus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenCalledWith([first.id]);
  });

  it('names the linked elements as text for readers', () => {
    const [first] = elementsOf({});
    if (first === undefined) throw new Error('empty catalogue');
    renderWithIntl(<CataloguePicker mode="read" selected={[first.id]} onChange={vi.fn()} />);
    expect(screen.getByText(`Linked: ${first.label.en}`)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
