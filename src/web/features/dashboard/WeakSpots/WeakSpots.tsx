import { Text } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import type { WeakSpot } from '../../../../core/scoring/matrix';
import { DashboardSection } from '../DashboardSection/DashboardSection';
import { useDashboardFormat } from '../use-dashboard-format';

export type WeakSpotsProps = {
  readonly weakSpots: readonly WeakSpot[];
  /** The focus measurement's label, e.g. "Annual measurement of 16 Nov 2026". */
  readonly measurement: string;
};

/** Core elements that need attention in the latest measurement, worst first (core's order). */
export function WeakSpots({ weakSpots, measurement }: WeakSpotsProps): JSX.Element {
  const intl = useIntl();
  const format = useDashboardFormat();
  const reasonsOf = (spot: WeakSpot): string =>
    spot.reasons
      .map((reason) =>
        reason === 'low-level'
          ? intl.formatMessage({ id: 'dashboard.weakSpots.lowLevel' })
          : intl.formatMessage(
              { id: 'dashboard.weakSpots.belowTarget' },
              {
                gap: spot.belowTargetBy ?? 0,
                target: spot.target === null ? '' : format.rating(spot.target),
              },
            ),
      )
      .join('; ');
  return (
    <DashboardSection heading={intl.formatMessage({ id: 'dashboard.weakSpots.heading' })}>
      {weakSpots.length === 0 ? (
        <Text as="p">{intl.formatMessage({ id: 'dashboard.weakSpots.none' })}</Text>
      ) : (
        <>
          <Text as="p">
            {intl.formatMessage({ id: 'dashboard.weakSpots.intro' }, { measurement })}
          </Text>
          <ul>
            {weakSpots.map((spot) => (
              <li key={spot.element.id}>
                {intl.formatMessage(
                  { id: 'dashboard.weakSpots.item' },
                  { element: format.element(spot.element), level: format.rating(spot.value) },
                )}{' '}
                ({reasonsOf(spot)})
              </li>
            ))}
          </ul>
        </>
      )}
    </DashboardSection>
  );
}
