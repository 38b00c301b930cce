// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState, type JSX } from 'react';
import { describe, expect, it } from 'vitest';
import type { EntitySettings } from '../../../core/schedule/entity-settings.types';
import type { Locale } from '../../../core/shared/locale';
import { renderWithIntl } from '../../test-support/render-with-intl';
import { EntityFields } from './EntityFields';

function Harness({ bilingual }: { readonly bilingual: boolean }): JSX.Element {
  const [kind, setKind] = useState<EntitySettings['kind']>('local-police-zone');
  const [language, setLanguage] = useState<Locale>('nl');
  const [second, setSecond] = useState<Locale | ''>('');
  return (
    <>
      <EntityFields
        kind={kind}
        language={language}
        onKindChange={setKind}
        onLanguageChange={setLanguage}
        {...(bilingual
          ? {
              secondLanguage: {
                value: second,
                onChange: setSecond,
                ...(second === language ? { validationMessage: 'Same language twice' } : {}),
              },
            }
          : {})}
      />
      <output>{`${kind} ${language} ${second === '' ? '-' : second}`}</output>
    </>
  );
}

describe('EntityFields', () => {
  it('asks the kind and the languages and reports each choice', async () => {
    const user = userEvent.setup();
    renderWithIntl(<Harness bilingual />);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Kind of entity' }),
      'federal-directorate',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Second language (bilingual entity)' }),
      'de',
    );
    expect(screen.getByText('federal-directorate fr de')).toBeInTheDocument();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Second language (bilingual entity)' }),
      'fr',
    );
    expect(screen.getByText('Same language twice')).toBeInTheDocument();
  });

  it('leaves the second language out where only the first is asked', () => {
    renderWithIntl(<Harness bilingual={false} />);
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
    expect(
      screen.queryByRole('combobox', { name: 'Second language (bilingual entity)' }),
    ).not.toBeInTheDocument();
  });
});
