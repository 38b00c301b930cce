import { Link, Text } from '@fluentui/react-components';
import { useEffect, useRef, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';
import { routeHref } from '../../navigation/routes';
import { useServices } from '../../providers/ServicesProvider';
import { useSetupPageStyles } from './SetupPage.styles';
import { BotStep } from './steps/BotStep';
import { ChannelStep } from './steps/ChannelStep';
import { CheckStep } from './steps/CheckStep';
import { ListsStep } from './steps/ListsStep';

const STEPS = ['check', 'lists', 'channel', 'bot'] as const;
type Step = (typeof STEPS)[number] | 'done';

/**
 * The first-run set-up for a team owner: check the rights, create the SharePoint lists, choose
 * the reminder channel, add the bot. Members are told to ask an owner after the first step.
 */
export function SetupPage(): JSX.Element {
  const intl = useIntl();
  const styles = useSetupPageStyles();
  const { setup } = useServices();
  const [step, setStep] = useState<Step>('check');
  const [missing, setMissing] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  // Moving to a step moves the focus to its heading, so a screen reader hears where it is.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const title = intl.formatMessage({ id: 'setup.title' });
  if (setup === undefined) {
    return (
      <Page title={title}>
        <EmptyState
          title={intl.formatMessage({ id: 'setup.unavailable.title' })}
          body={intl.formatMessage({ id: 'setup.unavailable.body' })}
        />
      </Page>
    );
  }

  const index = step === 'done' ? STEPS.length : STEPS.indexOf(step) + 1;
  return (
    <Page title={title}>
      <Text as="p">{intl.formatMessage({ id: 'setup.intro' })}</Text>
      <h2 className={styles.heading} ref={heading} tabIndex={-1}>
        {step === 'done'
          ? intl.formatMessage({ id: 'setup.done' })
          : intl.formatMessage(
              { id: 'setup.step' },
              {
                step: index,
                count: STEPS.length,
                name: intl.formatMessage({ id: `setup.step.${step}` }),
              },
            )}
      </h2>
      {step === 'check' && (
        <CheckStep
          setup={setup}
          onNext={(count) => {
            setMissing(count);
            setStep('lists');
          }}
        />
      )}
      {step === 'lists' && (
        <ListsStep
          setup={setup}
          missing={missing}
          onNext={() => {
            setStep('channel');
          }}
        />
      )}
      {step === 'channel' && (
        <ChannelStep
          setup={setup}
          onNext={() => {
            setStep('bot');
          }}
        />
      )}
      {step === 'bot' && (
        <BotStep
          setup={setup}
          onNext={() => {
            setStep('done');
          }}
        />
      )}
      {step === 'done' && (
        <Link href={routeHref({ name: 'home' })}>{intl.formatMessage({ id: 'setup.finish' })}</Link>
      )}
    </Page>
  );
}
