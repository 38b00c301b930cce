import { makeStyles, tokens } from '@fluentui/react-components';

export const useSetupPageStyles = makeStyles({
  step: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    maxWidth: '48rem',
  },
  heading: {
    marginTop: tokens.spacingVerticalL,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  progress: {
    alignSelf: 'stretch',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
});
