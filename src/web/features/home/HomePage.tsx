import { MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { lazy, Suspense, useId, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { Page } from '../../components/Page/Page';
import { useServices } from '../../providers/ServicesProvider';
import { useSession } from '../../providers/SessionProvider';
import { useHomePageStyles } from './HomePage.styles';

// The summary needs the Graph store and the schedule: loaded after the greeting is on screen.
const HomeSummarySection = lazy(() =>
  import('./HomeSummarySection/HomeSummarySection').then((m) => ({
    default: m.HomeSummarySection,
  })),
);

/**
 * The first screen: who is signed in, today's date in Brussels, the team the tab is open in and
 * the plan at a glance (PDCA phase, measurement due, overdue actions, objectives at risk).
 */
export function HomePage(): JSX.Element {
  const intl = useIntl();
  const styles = useHomePageStyles();
  const { hostContext, mode, now } = useServices();
  const { state } = useSession();
  const whereId = useId();
  const name = state.status === 'signed-in' ? state.user.displayName : hostContext.user.displayName;
  const unknown = intl.formatMessage({ id: 'home.where.unknown' });

  return (
    <Page
      title={
        name === undefined
          ? intl.formatMessage({ id: 'home.welcomeAnonymous' })
          : intl.formatMessage({ id: 'home.welcome' }, { name })
      }
    >
      <Text as="p">
        {intl.formatMessage(
          { id: 'home.today' },
          { date: intl.formatDate(now(), { dateStyle: 'full' }) },
        )}
      </Text>
      {mode === 'local' && (
        <MessageBar intent="info">
          <MessageBarBody>{intl.formatMessage({ id: 'home.localMode' })}</MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.card} aria-labelledby={whereId}>
        <Text as="h2" id={whereId} size={400} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'home.where.heading' })}
        </Text>
        {hostContext.team === null ? (
          <Text as="p">{intl.formatMessage({ id: 'home.where.noTeam' })}</Text>
        ) : (
          <dl className={styles.facts}>
            <dt className={styles.term}>{intl.formatMessage({ id: 'home.where.team' })}</dt>
            <dd className={styles.value}>{hostContext.team.displayName ?? unknown}</dd>
            <dt className={styles.term}>{intl.formatMessage({ id: 'home.where.channel' })}</dt>
            <dd className={styles.value}>{hostContext.channel?.displayName ?? unknown}</dd>
          </dl>
        )}
      </section>
      <Suspense fallback={<Spinner label={intl.formatMessage({ id: 'app.loading' })} />}>
        <HomeSummarySection />
      </Suspense>
    </Page>
  );
}
