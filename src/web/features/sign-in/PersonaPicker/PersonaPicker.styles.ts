import { makeStyles, tokens } from '@fluentui/react-components';

export const usePersonaPickerStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    maxWidth: '60ch',
  },
  option: {
    display: 'flex',
    flexDirection: 'column',
  },
  description: {
    color: tokens.colorNeutralForeground3,
    paddingInlineStart: tokens.spacingHorizontalXXL,
  },
});
