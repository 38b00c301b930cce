import { Field, Input, Text, Textarea } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useEditFieldStyles } from './EditField.styles';

export type EditFieldProps = {
  /** A field-limit error (blocks saving), shown before the SMART warning. */
  readonly error?: string | undefined;
  readonly label: string;
  /** Editable, or shown as text for people who may only read. */
  readonly mode: 'edit' | 'read';
  readonly onChange: (value: string) => void;
  readonly shape: 'line' | 'text' | 'date' | 'number' | 'email';
  readonly value: string;
  /** A SMART gap: not an error, the objective is just not measurable yet. */
  readonly warning?: string | undefined;
};

/** One labelled plan field with its validation state, or its value as text in read mode. */
export function EditField({
  error,
  label,
  mode,
  onChange,
  shape,
  value,
  warning,
}: EditFieldProps): JSX.Element {
  const styles = useEditFieldStyles();
  if (mode === 'read') {
    return (
      <div className={styles.read}>
        <Text weight="semibold">{label}</Text>
        <Text className={styles.value}>{value === '' ? '—' : value}</Text>
      </div>
    );
  }
  const validation =
    error !== undefined
      ? { validationState: 'error' as const, validationMessage: error }
      : warning !== undefined
        ? { validationState: 'warning' as const, validationMessage: warning }
        : { validationState: 'none' as const };
  return (
    <Field label={label} {...validation}>
      {shape === 'text' ? (
        <Textarea
          value={value}
          resize="vertical"
          onChange={(_event, data) => {
            onChange(data.value);
          }}
        />
      ) : (
        <Input
          value={value}
          type={shape === 'line' ? 'text' : shape}
          onChange={(_event, data) => {
            onChange(data.value);
          }}
        />
      )}
    </Field>
  );
}
