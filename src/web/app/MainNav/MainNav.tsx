import { Tab, TabList, type SelectTabEventHandler } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { useNavigation } from '../../navigation/NavigationProvider';
import { SECTIONS, sectionOf, type Section } from '../../navigation/routes';
import { useMainNavStyles } from './MainNav.styles';

function isSection(value: unknown): value is Section {
  return (SECTIONS as readonly unknown[]).includes(value);
}

/**
 * The tab's sections. Arrow keys move between them (Fluent's TabList), Enter or Space opens one;
 * detail pages keep their section highlighted.
 */
export function MainNav(): JSX.Element {
  const intl = useIntl();
  const styles = useMainNavStyles();
  const { match, navigate } = useNavigation();
  const section = match.kind === 'route' ? sectionOf(match.route) : null;

  const onTabSelect: SelectTabEventHandler = (_, data) => {
    if (isSection(data.value)) navigate({ name: data.value });
  };

  return (
    <nav aria-label={intl.formatMessage({ id: 'nav.label' })} className={styles.nav}>
      {/* Always controlled: null selects no tab (history and unknown pages belong to none). */}
      <TabList selectedValue={section} onTabSelect={onTabSelect}>
        {SECTIONS.map((value) => (
          <Tab key={value} value={value}>
            {intl.formatMessage({ id: `nav.${value}` })}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
