import { makeStyles, tokens } from '@fluentui/react-components';

export const useInvalidRecordNoticeStyles = makeStyles({
  root: {
    maxWidth: '80ch',
  },
  raw: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalS} 0 0 0`,
  },
  term: {
    fontFamily: tokens.fontFamilyMonospace,
  },
  value: {
    margin: 0,
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyMonospace,
  },
});
