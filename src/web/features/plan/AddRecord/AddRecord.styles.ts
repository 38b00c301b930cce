import { makeStyles, tokens } from '@fluentui/react-components';

export const useAddRecordStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  field: {
    flexGrow: 1,
    minWidth: '16rem',
  },
});
