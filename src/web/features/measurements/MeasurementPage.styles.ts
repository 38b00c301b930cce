import { makeStyles, tokens } from '@fluentui/react-components';

export const useMeasurementPageStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
  },
  progress: {
    maxWidth: '32rem',
  },
});
