import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Radio,
  RadioGroup,
  Text,
} from '@fluentui/react-components';
import { useMemo, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { diffRecords, type FieldChoice } from '../../data/conflict-fields';
import { useConflictDialogStyles } from './ConflictDialog.styles';

export type ConflictDialogProps = {
  /** My version of the record, as it was not saved. */
  readonly mine: unknown;
  /** The server's version now; null when it was deleted or cannot be read. */
  readonly theirs: unknown;
  /** The label of a field, by dotted path (`identification.mandateHolder.grade`). */
  readonly labelOf: (path: string) => string;
  /** How to show a value; strings, numbers and lists are shown as they are by default. */
  readonly formatValue?: (path: string, value: unknown) => string;
  readonly onDiscard: () => void;
  readonly onSave: (choices: Readonly<Record<string, FieldChoice>>) => void;
};

function defaultFormat(_path: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.map(String).join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * A 412: both versions field by field, "keep mine / keep theirs" per field (mine by default),
 * then the merged record is saved on top of theirs (with their eTag).
 */
export function ConflictDialog({
  formatValue = defaultFormat,
  labelOf,
  mine,
  onDiscard,
  onSave,
  theirs,
}: ConflictDialogProps): JSX.Element {
  const intl = useIntl();
  const styles = useConflictDialogStyles();
  const diffs = useMemo(() => (theirs === null ? [] : diffRecords(mine, theirs)), [mine, theirs]);
  const [choices, setChoices] = useState<Readonly<Record<string, FieldChoice>>>({});
  const empty = intl.formatMessage({ id: 'conflict.empty' });
  const shown = (path: string, value: unknown): string => {
    const text = formatValue(path, value);
    return text === '' ? empty : text;
  };

  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{intl.formatMessage({ id: 'conflict.title' })}</DialogTitle>
          <DialogContent>
            {theirs === null ? (
              <Text as="p">{intl.formatMessage({ id: 'conflict.gone' })}</Text>
            ) : (
              <>
                <Text as="p">{intl.formatMessage({ id: 'conflict.intro' })}</Text>
                <div className={styles.fields}>
                  {diffs.map((diff) => (
                    <Field key={diff.path} label={labelOf(diff.path)}>
                      <RadioGroup
                        value={choices[diff.path] ?? 'mine'}
                        onChange={(_event, data) => {
                          setChoices((current) => ({
                            ...current,
                            [diff.path]: data.value === 'theirs' ? 'theirs' : 'mine',
                          }));
                        }}
                      >
                        <Radio
                          value="mine"
                          className={styles.value}
                          label={intl.formatMessage(
                            { id: 'conflict.mine' },
                            { value: shown(diff.path, diff.mine) },
                          )}
                        />
                        <Radio
                          value="theirs"
                          className={styles.value}
                          label={intl.formatMessage(
                            { id: 'conflict.theirs' },
                            { value: shown(diff.path, diff.theirs) },
                          )}
                        />
                      </RadioGroup>
                    </Field>
                  ))}
                </div>
              </>
            )}
          </DialogContent>
          <DialogActions>
            {theirs !== null && (
              <Button
                appearance="primary"
                onClick={() => {
                  const all = Object.fromEntries(
                    diffs.map((diff) => [diff.path, choices[diff.path] ?? 'mine'] as const),
                  );
                  onSave(all);
                }}
              >
                {intl.formatMessage({ id: 'conflict.save' })}
              </Button>
            )}
            <Button onClick={onDiscard}>{intl.formatMessage({ id: 'conflict.discard' })}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
