import { makeStyles, tokens } from '@fluentui/react-components';

export const useConflictDialogStyles = makeStyles({
  fields: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalM,
  },
  value: {
    overflowWrap: 'anywhere',
  },
});
