import { Button, Field, Input } from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { useAddRecordStyles } from './AddRecord.styles';

export type AddRecordProps = {
  /** The button's name, stable for tests and screen readers ("Add action"). */
  readonly buttonLabel: string;
  /** The label of the text the new record needs (its title, an actor's name); none: just a button. */
  readonly fieldLabel?: string;
  /** Creates the record; resolves with whether it was stored (the save status says why not). */
  readonly onAdd: (text: string) => Promise<boolean>;
};

type Phase =
  { readonly status: 'editing' } | { readonly status: 'adding' } | { readonly status: 'empty' };

/**
 * Adds a record under the current one: a labelled text for what the record cannot do without and
 * a button. The new record's other fields are edited in place once it is stored.
 */
export function AddRecord({ buttonLabel, fieldLabel, onAdd }: AddRecordProps): JSX.Element {
  const intl = useIntl();
  const styles = useAddRecordStyles();
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<Phase>({ status: 'editing' });
  const submit = async (): Promise<void> => {
    if (fieldLabel !== undefined && text.trim() === '') {
      setPhase({ status: 'empty' });
      return;
    }
    setPhase({ status: 'adding' });
    const added = await onAdd(text.trim());
    if (added) setText('');
    setPhase({ status: 'editing' });
  };
  return (
    <form
      className={styles.root}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {fieldLabel !== undefined && (
        <Field
          label={fieldLabel}
          className={styles.field}
          {...(phase.status === 'empty'
            ? {
                validationState: 'error' as const,
                validationMessage: intl.formatMessage({ id: 'plan.add.required' }),
              }
            : {})}
        >
          <Input
            value={text}
            onChange={(_event, data) => {
              setText(data.value);
              if (phase.status === 'empty') setPhase({ status: 'editing' });
            }}
          />
        </Field>
      )}
      <Button type="submit" disabledFocusable={phase.status === 'adding'}>
        {buttonLabel}
      </Button>
    </form>
  );
}
