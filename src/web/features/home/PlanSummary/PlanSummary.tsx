import { Link, Text } from '@fluentui/react-components';
import { useId, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { SMART_LABELS } from '../../../../core/plan/plan.labels';
import { PHASE_LABELS } from '../../../../core/schedule/phase-labels';
import { useLocalize } from '../../../data/useLocalize';
import { routeHref } from '../../../navigation/routes';
import type { HomeSummary, ObjectiveAtRisk, RiskReason } from '../home-summary';
import { usePlanSummaryStyles } from './PlanSummary.styles';

export type PlanSummaryProps = {
  readonly summary: HomeSummary;
};

/**
 * "The plan at a glance": the PDCA phase, the measurement due, overdue actions with owners and
 * objectives at risk, each linked to where it is worked on.
 */
export function PlanSummary({ summary }: PlanSummaryProps): JSX.Element {
  const intl = useIntl();
  const styles = usePlanSummaryStyles();
  const headingId = useId();
  const day = (iso: string): string => intl.formatDate(iso, { dateStyle: 'long', timeZone: 'UTC' });
  const planLink = (
    <Link href={routeHref({ name: 'plan' })}>{intl.formatMessage({ id: 'home.openPlan' })}</Link>
  );

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'home.summary.heading' })}
      </Text>
      {summary.kind === 'no-plan' ? (
        <>
          <Text as="p">{intl.formatMessage({ id: 'home.noPlan' })}</Text>
          {planLink}
        </>
      ) : (
        <>
          <Phase summary={summary} day={day} />
          {planLink}
          <Block title={intl.formatMessage({ id: 'home.next.heading' })}>
            {summary.nextMeasurement === null ? (
              <Text as="p">{intl.formatMessage({ id: 'home.next.none' })}</Text>
            ) : (
              <Link
                href={routeHref(
                  summary.nextMeasurement.measurementId === null
                    ? { name: 'measurements' }
                    : { name: 'measurement', measurementId: summary.nextMeasurement.measurementId },
                )}
              >
                {intl.formatMessage(
                  { id: 'home.next.value' },
                  {
                    kind: summary.nextMeasurement.kind,
                    due: day(summary.nextMeasurement.dueOn),
                    state: summary.nextMeasurement.state,
                  },
                )}
              </Link>
            )}
          </Block>
          <Block title={intl.formatMessage({ id: 'home.overdue.heading' })}>
            {summary.overdueActions.length === 0 ? (
              <Text as="p">{intl.formatMessage({ id: 'home.overdue.none' })}</Text>
            ) : (
              <ul className={styles.list}>
                {summary.overdueActions.map((action) => (
                  <li key={action.id}>
                    <Link
                      href={routeHref({ name: 'plan-objective', objectiveId: action.objectiveId })}
                    >
                      {intl.formatMessage(
                        { id: 'home.overdue.item' },
                        {
                          title: action.title,
                          due: day(action.dueDate),
                          owner:
                            action.owner?.displayName ??
                            intl.formatMessage({ id: 'home.overdue.noOwner' }),
                        },
                      )}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Block>
          <Block title={intl.formatMessage({ id: 'home.risk.heading' })}>
            {summary.objectivesAtRisk.length === 0 ? (
              <Text as="p">{intl.formatMessage({ id: 'home.risk.none' })}</Text>
            ) : (
              <ul className={styles.list}>
                {summary.objectivesAtRisk.map((objective) => (
                  <RiskItem key={objective.id} objective={objective} day={day} />
                ))}
              </ul>
            )}
          </Block>
        </>
      )}
    </section>
  );
}

function Phase({
  day,
  summary,
}: {
  readonly day: (iso: string) => string;
  readonly summary: Extract<HomeSummary, { kind: 'plan' }>;
}): JSX.Element {
  const intl = useIntl();
  const localize = useLocalize();
  const styles = usePlanSummaryStyles();
  return (
    <dl className={styles.facts}>
      <dt className={styles.term}>{intl.formatMessage({ id: 'home.phase.heading' })}</dt>
      <dd className={styles.value}>
        {summary.phase === null
          ? '—'
          : intl.formatMessage(
              { id: 'home.phase.value' },
              { phase: localize(PHASE_LABELS[summary.phase]) },
            )}
      </dd>
      <dt className={styles.term}>{summary.title}</dt>
      <dd className={styles.value}>
        {intl.formatMessage(
          { id: 'home.phase.period' },
          { start: day(summary.periodStart), end: day(summary.periodEnd) },
        )}
      </dd>
    </dl>
  );
}

function Block({
  children,
  title,
}: {
  readonly children: JSX.Element;
  readonly title: string;
}): JSX.Element {
  const styles = usePlanSummaryStyles();
  const id = useId();
  return (
    <section aria-labelledby={id} className={styles.block}>
      <Text as="h3" id={id} size={300} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {children}
    </section>
  );
}

function RiskItem({
  day,
  objective,
}: {
  readonly day: (iso: string) => string;
  readonly objective: ObjectiveAtRisk;
}): JSX.Element {
  const intl = useIntl();
  const localize = useLocalize();
  const reason = (r: RiskReason): string => {
    switch (r.kind) {
      case 'not-smart':
        return intl.formatMessage(
          { id: 'home.risk.notSmart' },
          { missing: r.missing.map((m) => localize(SMART_LABELS[m])).join(', ') },
        );
      case 'never-measured':
        return intl.formatMessage({ id: 'home.risk.neverUpdated' });
      case 'stale':
        return intl.formatMessage({ id: 'home.risk.stale' }, { date: day(r.since) });
      case 'behind':
        return intl.formatMessage(
          { id: 'home.risk.behind' },
          {
            current: intl.formatNumber(r.current),
            target: intl.formatNumber(r.target),
            unit: r.unit,
          },
        );
    }
  };
  return (
    <li>
      <Link href={routeHref({ name: 'plan-objective', objectiveId: objective.id })}>
        {objective.title}
      </Link>
      : {objective.reasons.map(reason).join('; ')}
    </li>
  );
}
