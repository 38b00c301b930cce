// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithIntl } from '../../test-support/render-with-intl';
import { InvalidRecordNotice } from './InvalidRecordNotice';

describe('InvalidRecordNotice', () => {
  it('names the item, the translated reason and the raw values as stored', () => {
    renderWithIntl(
      <InvalidRecordNotice
        record={{
          kind: 'objective',
          id: '12',
          etag: '"3"',
          reason: 'TargetValue: not a number',
          issues: [{ field: 'TargetValue', message: 'not a number' }],
          raw: { Title: 'Minder klachten', TargetValue: 'veel', Owner: null },
        }}
      />,
    );

    expect(screen.getByText('An item in SharePoint does not fit the plan')).toBeInTheDocument();
    expect(screen.getByText(/TargetValue: not a number/)).toBeInTheDocument();
    const terms = screen.getAllByRole('term').map((t) => t.textContent);
    const values = screen.getAllByRole('definition').map((d) => d.textContent);
    expect(terms).toEqual(['Title', 'TargetValue', 'Owner']);
    expect(values).toEqual(['Minder klachten', 'veel', '—']);
    expect(
      within(screen.getByText('Values as stored in SharePoint')).queryByRole('term'),
    ).toBeNull();
  });
});
