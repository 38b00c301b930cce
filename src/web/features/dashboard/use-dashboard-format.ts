import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type {
  CatalogueElement,
  ImfFunction,
  Layer,
  Pillar,
} from '../../../core/catalogue/catalogue.types';
import type { Measurement, RatingValue } from '../../../core/maturity/maturity.types';
import { isRated, ratingValueLabel } from '../../../core/maturity/scale';
import { toLocale } from '../../../core/shared/locale';
import type { MessageId } from '../../i18n/messages.en';
import type { TargetAxis } from './dashboard-model';

/** The dashboard's labels and localised numbers and dates, shared by its sections. */
export type DashboardFormat = {
  readonly pillar: (pillar: Pillar) => string;
  readonly fn: (fn: ImfFunction) => string;
  readonly layer: (layer: Layer) => string;
  readonly group: (pillar: Pillar, fn: ImfFunction | null, layer: Layer) => string;
  readonly axis: (axis: TargetAxis) => string;
  readonly element: (element: CatalogueElement) => string;
  /** "3 Implemented", or "Not applicable": the level is never shown by colour alone. */
  readonly rating: (value: RatingValue) => string;
  /** A median or minimum (may be 2.5); "None rated" when null. */
  readonly level: (value: number | null) => string;
  readonly percent: (share: number | null) => string;
  readonly signed: (delta: number | null) => string;
  readonly number: (value: number) => string;
  readonly euro: (value: number) => string;
  readonly date: (isoDate: string) => string;
  readonly measurement: (m: Pick<Measurement, 'kind' | 'date'>) => string;
};

/** IsoDate (a calendar day) at noon UTC: the same day in Brussels whatever the season. */
function dayOf(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

export function useDashboardFormat(): DashboardFormat {
  const intl = useIntl();
  return useMemo((): DashboardFormat => {
    const locale = toLocale(intl.locale);
    const t = (id: MessageId, values?: Record<string, string | number>): string =>
      intl.formatMessage({ id }, values);
    const none = t('dashboard.none');
    const pillar = (p: Pillar): string => t(`dashboard.pillar.${p}`);
    const fn = (f: ImfFunction): string => t(`dashboard.function.${f}`);
    const layer = (l: Layer): string => t(`dashboard.layer.${l}`);
    const date = (isoDate: string): string =>
      intl.formatDate(dayOf(isoDate), { dateStyle: 'medium' });
    return {
      pillar,
      fn,
      layer,
      group: (p, f, l) =>
        f === null
          ? t('dashboard.group', { pillar: pillar(p), layer: layer(l) })
          : t('dashboard.groupWithFunction', {
              pillar: pillar(p),
              function: fn(f),
              layer: layer(l),
            }),
      axis: (axis) => (axis.kind === 'pillar' ? pillar(axis.pillar) : fn(axis.function)),
      element: (element) => element.label[locale],
      rating: (value) =>
        isRated(value)
          ? t('dashboard.level', { level: value, label: ratingValueLabel(value)[locale] })
          : ratingValueLabel(value)[locale],
      level: (value) =>
        value === null ? none : intl.formatNumber(value, { maximumFractionDigits: 1 }),
      percent: (share) =>
        share === null
          ? none
          : intl.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 }),
      signed: (delta) =>
        delta === null
          ? t('dashboard.aggregates.noReference')
          : intl.formatNumber(delta, { signDisplay: 'exceptZero', maximumFractionDigits: 1 }),
      number: (value) => intl.formatNumber(value, { maximumFractionDigits: 1 }),
      euro: (value) =>
        intl.formatNumber(value, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
      date,
      measurement: (m) =>
        t('dashboard.measurementLabel', {
          kind: t(`dashboard.kind.${m.kind}`),
          date: date(m.date),
        }),
    };
  }, [intl]);
}
