// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState, type JSX } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithIntl } from '../../../test-support/render-with-intl';
import { LevelSelect } from './LevelSelect';

function Harness({ scale }: { readonly scale: 'rating' | 'target' }): JSX.Element {
  const [value, setValue] = useState('');
  const [changes, setChanges] = useState(0);
  return (
    <>
      <button type="button">Before</button>
      <LevelSelect
        label={scale === 'rating' ? 'Rating' : 'Target level'}
        language="en"
        scale={scale}
        value={value}
        onChange={(next) => {
          setValue(next);
          setChanges((n) => n + 1);
        }}
      />
      <output>{`changes: ${String(changes)}`}</output>
    </>
  );
}

describe('LevelSelect', () => {
  it('is reached with Tab under its label, keeps focus when a level is chosen, and hints its meaning', async () => {
    const user = userEvent.setup();
    renderWithIntl(<Harness scale="rating" />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    const select = screen.getByRole('combobox', { name: 'Rating' });
    expect(select).toHaveFocus();
    expect(select).toHaveDisplayValue('Not rated yet');

    await user.selectOptions(select, '4 – Monitored');
    expect(select).toHaveFocus();
    expect(select).toHaveDisplayValue('4 – Monitored');
    expect(screen.getByText('changes: 1')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Monitored against indicators, effectiveness reported to leadership (Check)',
      ),
    ).toBeInTheDocument();
    // The placeholder goes once a level is chosen: "not rated" cannot be chosen back.
    expect(screen.queryByRole('option', { name: 'Not rated yet' })).not.toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Not applicable' })).toBeInTheDocument();
  });

  it('offers a target of the five levels or none, without the unrated values', async () => {
    const user = userEvent.setup();
    renderWithIntl(<Harness scale="target" />);
    const select = screen.getByRole('combobox', { name: 'Target level' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toHaveLength(6);
    expect(screen.queryByRole('option', { name: 'Not applicable' })).not.toBeInTheDocument();
    await user.selectOptions(select, '5');
    expect(select).toHaveValue('5');
    await user.selectOptions(select, 'No target');
    expect(select).toHaveValue('');
    expect(screen.getByText('changes: 2')).toBeInTheDocument();
  });
});
