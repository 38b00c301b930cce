import type { IntlShape } from 'react-intl';
import type { MeasurementKind } from '../../../core/maturity/maturity.types';
import type { Measurement } from '../../../core/maturity/maturity.types';

/** The measurement's kind in the tab's language. */
export function kindLabel(intl: IntlShape, kind: MeasurementKind): string {
  return intl.formatMessage({ id: `measure.kind.${kind}` });
}

/** "Baseline of 20/01/2026": how a measurement is named in titles and links. */
export function measurementTitle(intl: IntlShape, m: Measurement): string {
  return intl.formatMessage(
    { id: 'measure.title' },
    { kind: kindLabel(intl, m.kind), date: formatIsoDate(intl, m.date) },
  );
}

/**
 * A calendar day (`YYYY-MM-DD`) in the reader's conventions. Built at noon UTC so the day is the
 * same in Brussels whatever the offset.
 */
export function formatIsoDate(intl: IntlShape, isoDate: string): string {
  return intl.formatDate(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`), { dateStyle: 'medium' });
}
