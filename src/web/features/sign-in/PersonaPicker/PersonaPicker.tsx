import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useId, useState, type JSX, type SubmitEvent } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { PersonaId, SignInError } from '../../../providers/tab-services';
import { usePersonaPickerStyles } from './PersonaPicker.styles';

export type PersonaPickerProps = {
  readonly personas: readonly PersonaId[];
  /** `busy` while a sign-in runs; `failed` shows why the last one did not work. */
  readonly status:
    | { readonly kind: 'idle' }
    | { readonly kind: 'busy' }
    | { readonly kind: 'failed'; readonly persona: PersonaId; readonly error: SignInError };
  readonly onSignIn: (persona: PersonaId) => void;
};

function errorMessage(intl: IntlShape, persona: PersonaId, error: SignInError): string {
  switch (error.code) {
    case 'SIGN_IN.UNREACHABLE':
      return intl.formatMessage({ id: 'signIn.error.unreachable' });
    case 'SIGN_IN.REJECTED':
      return intl.formatMessage(
        { id: 'signIn.error.rejected' },
        {
          persona: intl.formatMessage({ id: `persona.${persona}` }),
          status: String(error.details?.status ?? '–'),
        },
      );
    // Account sign-in (tenant mode) failures never reach the persona picker.
    case 'SIGN_IN.INVALID_RESPONSE':
    case 'SIGN_IN.INTERACTION_REQUIRED':
    case 'SIGN_IN.CANCELLED':
    case 'SIGN_IN.POPUP_BLOCKED':
      return intl.formatMessage({ id: 'signIn.error.invalid' });
  }
}

/** Local mode's sign-in: choose one of the emulator's demo personas. */
export function PersonaPicker({ personas, status, onSignIn }: PersonaPickerProps): JSX.Element {
  const intl = useIntl();
  const styles = usePersonaPickerStyles();
  const idPrefix = useId();
  const [selected, setSelected] = useState<PersonaId | null>(personas[0] ?? null);
  const busy = status.kind === 'busy';

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (selected !== null && !busy) onSignIn(selected);
  };

  return (
    <form className={styles.form} onSubmit={submit}>
      <Field label={intl.formatMessage({ id: 'signIn.persona' })}>
        <RadioGroup
          value={selected ?? ''}
          onChange={(_, data) => {
            setSelected(personas.find((persona) => persona === data.value) ?? null);
          }}
        >
          {personas.map((persona) => {
            const descriptionId = `${idPrefix}-${persona}`;
            return (
              <div key={persona} className={styles.option}>
                <Radio
                  value={persona}
                  label={intl.formatMessage({ id: `persona.${persona}` })}
                  input={{ 'aria-describedby': descriptionId }}
                />
                <Text id={descriptionId} size={200} className={styles.description}>
                  {intl.formatMessage({ id: `persona.${persona}.description` })}
                </Text>
              </div>
            );
          })}
        </RadioGroup>
      </Field>
      {status.kind === 'failed' && (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>{errorMessage(intl, status.persona, status.error)}</MessageBarBody>
        </MessageBar>
      )}
      <Button
        type="submit"
        appearance="primary"
        disabledFocusable={busy || selected === null}
        {...(busy ? { icon: <Spinner size="tiny" /> } : {})}
      >
        {intl.formatMessage({ id: busy ? 'signIn.busy' : 'signIn.submit' })}
      </Button>
    </form>
  );
}
