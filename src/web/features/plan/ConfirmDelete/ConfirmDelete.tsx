import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import { useIntl } from 'react-intl';

export type ConfirmDeleteProps = {
  /** The button's accessible name, naming what goes ("Delete action “…”"). */
  readonly label: string;
  /** What is deleted, as the question names it. */
  readonly name: string;
  /** How many records under it go too (objectives, actions, arrangements). */
  readonly dependents: number;
  readonly onDelete: () => Promise<void>;
};

/** A delete button that asks first: a deleted record is gone from the plan (only history keeps it). */
export function ConfirmDelete({
  dependents,
  label,
  name,
  onDelete,
}: ConfirmDeleteProps): JSX.Element {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_event, data) => {
        setOpen(data.open);
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="subtle">{label}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{intl.formatMessage({ id: 'plan.delete.title' }, { name })}</DialogTitle>
          <DialogContent>
            {intl.formatMessage({ id: 'plan.delete.body' }, { count: dependents })}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                void onDelete();
              }}
            >
              {intl.formatMessage({ id: 'plan.delete.confirm' })}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>{intl.formatMessage({ id: 'plan.delete.cancel' })}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
