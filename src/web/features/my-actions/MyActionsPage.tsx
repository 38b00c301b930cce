import { Link, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useId, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import type { DomainError } from '../../../core/shared/result';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';
import { routeHref } from '../../navigation/routes';
import { useServices } from '../../providers/ServicesProvider';
import { useSession } from '../../providers/SessionProvider';
import {
  ACTION_GROUPS,
  brusselsToday,
  myActions,
  type ActionGroup,
  type MyAction,
} from './group-actions';
import { useMyActionsPageStyles } from './MyActionsPage.styles';
import { useErrorText } from '../../data/useErrorText';

type MyActionsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'no-email' }
  | { readonly kind: 'failed'; readonly error: DomainError }
  | { readonly kind: 'ready'; readonly groups: ReadonlyMap<ActionGroup, readonly MyAction[]> };

/** The plan actions the signed-in person owns, overdue first. */
export function MyActionsPage(): JSX.Element {
  const intl = useIntl();
  const services = useServices();
  const { state: session } = useSession();
  const errorText = useErrorText();
  const email = session.status === 'signed-in' ? session.user.email : null;
  const [state, setState] = useState<MyActionsState>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    void (async (): Promise<MyActionsState> => {
      if (email === null) return { kind: 'no-email' };
      const data = await services.data();
      if (!data.ok) return { kind: 'failed', error: data.error };
      const plans = await data.value.store.loadPlans(data.value.entityId);
      if (!plans.ok) return { kind: 'failed', error: plans.error };
      return {
        kind: 'ready',
        groups: myActions(plans.value, email, brusselsToday(services.now())),
      };
    })().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [services, email]);

  const total =
    state.kind === 'ready' ? [...state.groups.values()].reduce((n, list) => n + list.length, 0) : 0;

  return (
    <Page title={intl.formatMessage({ id: 'nav.my-actions' })}>
      <Text as="p">{intl.formatMessage({ id: 'myActions.intro' })}</Text>
      {state.kind === 'loading' && <Spinner label={intl.formatMessage({ id: 'app.loading' })} />}
      {state.kind === 'no-email' && (
        <MessageBar intent="warning">
          <MessageBarBody>{intl.formatMessage({ id: 'myActions.noEmail' })}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {intl.formatMessage({ id: 'myActions.loadFailed' })} {errorText(state.error)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'ready' && total === 0 && (
        <EmptyState
          title={intl.formatMessage({ id: 'nav.my-actions' })}
          body={intl.formatMessage({ id: 'myActions.empty' })}
        />
      )}
      {state.kind === 'ready' &&
        total > 0 &&
        ACTION_GROUPS.map((group) => (
          <ActionGroupSection key={group} group={group} actions={state.groups.get(group) ?? []} />
        ))}
    </Page>
  );
}

function ActionGroupSection({
  group,
  actions,
}: {
  readonly group: ActionGroup;
  readonly actions: readonly MyAction[];
}): JSX.Element | null {
  const intl = useIntl();
  const styles = useMyActionsPageStyles();
  const headingId = useId();
  if (actions.length === 0) return null;
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold">
        {intl.formatMessage({ id: `myActions.group.${group}` })} (
        {intl.formatMessage({ id: 'myActions.count' }, { count: actions.length })})
      </Text>
      <ul className={styles.list}>
        {actions.map(({ action, plan, objective }) => (
          <li key={action.id} className={styles.item}>
            <Text weight="semibold">{action.title}</Text>
            <Text size={200} className={styles.meta}>
              {[
                intl.formatMessage(
                  { id: 'myActions.status' },
                  { status: intl.formatMessage({ id: `myActions.status.${action.status}` }) },
                ),
                action.dueDate === null
                  ? intl.formatMessage({ id: 'myActions.noDue' })
                  : intl.formatMessage(
                      { id: 'myActions.due' },
                      {
                        date: intl.formatDate(new Date(`${action.dueDate}T12:00:00Z`), {
                          dateStyle: 'medium',
                        }),
                      },
                    ),
                intl.formatMessage({ id: 'myActions.plan' }, { plan: plan.title }),
                objective === null
                  ? null
                  : intl.formatMessage(
                      { id: 'myActions.objective' },
                      { objective: objective.title },
                    ),
              ]
                .filter((part) => part !== null)
                .join(' · ')}
            </Text>
            <Link href={routeHref({ name: 'history', list: 'action', itemId: action.id })}>
              {intl.formatMessage({ id: 'myActions.history' }, { action: action.title })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
