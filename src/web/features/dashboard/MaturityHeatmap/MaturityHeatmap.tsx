import { Text } from '@fluentui/react-components';
import { useId, type JSX } from 'react';
import { useIntl } from 'react-intl';
import type { RatingValue } from '../../../../core/maturity/maturity.types';
import { MATURITY_LEVELS, UNRATED_VALUES } from '../../../../core/maturity/maturity.types';
import type { MaturityMatrix } from '../../../../core/scoring/matrix';
import { useDashboardFormat } from '../use-dashboard-format';
import { useMaturityHeatmapStyles } from './MaturityHeatmap.styles';

/** Tab order position of the scroll box: in the normal order. */
const SCROLL_BOX = 0;

export type MaturityHeatmapProps = { readonly matrix: MaturityMatrix };

/**
 * The maturity matrix as a real table: elements (row headers) grouped per pillar, function and
 * layer (one row group each) against the measurements in date order (column headers). It is its
 * own data table, so it needs no alternative.
 */
export function MaturityHeatmap({ matrix }: MaturityHeatmapProps): JSX.Element {
  const styles = useMaturityHeatmapStyles();
  const intl = useIntl();
  const format = useDashboardFormat();
  const headingId = useId();
  const classOf = (value: RatingValue): string =>
    typeof value === 'number' ? styles[`level${value}`] : styles.unrated;
  const columnCount = matrix.columns.length + 2;

  return (
    <section aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold">
        {intl.formatMessage({ id: 'dashboard.heatmap.heading' })}
      </Text>
      {/* The matrix may be wider than the frame: its scroll box is a named, focusable region so
          keyboard users can scroll it too (WCAG 2.1.1, axe scrollable-region-focusable). */}
      <div
        className={styles.scroll}
        role="region"
        aria-labelledby={headingId}
        tabIndex={SCROLL_BOX}
      >
        <table className={styles.table} aria-labelledby={headingId}>
          {/* Element Timing: `npm run bench` reads when the matrix was first painted. */}
          <caption className={styles.caption} elementtiming="maturity-matrix">
            {intl.formatMessage({ id: 'dashboard.heatmap.caption' })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.columnHeader}>
                {intl.formatMessage({ id: 'dashboard.heatmap.element' })}
              </th>
              {matrix.columns.map((column) => (
                <th key={column.measurementId} scope="col" className={styles.columnHeader}>
                  {intl.formatMessage(
                    { id: 'dashboard.measurementHeader' },
                    {
                      label: format.measurement(column),
                      status: intl.formatMessage({ id: `dashboard.status.${column.status}` }),
                    },
                  )}
                </th>
              ))}
              <th scope="col" className={styles.columnHeader}>
                {intl.formatMessage({ id: 'dashboard.heatmap.target' })}
              </th>
            </tr>
          </thead>
          {matrix.groups.map((group) => (
            <tbody key={`${group.pillar}-${group.function ?? ''}-${group.layer}`}>
              <tr>
                <th scope="rowgroup" colSpan={columnCount} className={styles.groupHeader}>
                  {format.group(group.pillar, group.function, group.layer)}
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.element.id}>
                  <th scope="row" className={styles.rowHeader}>
                    {format.element(row.element)}
                  </th>
                  {row.cells.map((cell) => (
                    <td
                      key={cell.measurementId}
                      className={`${styles.cell} ${classOf(cell.value)}`}
                    >
                      {format.rating(cell.value)}
                    </td>
                  ))}
                  <td className={styles.cell}>
                    {row.target === null ? '' : format.rating(row.target)}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <Text as="h3" size={300} weight="semibold">
        {intl.formatMessage({ id: 'dashboard.heatmap.legend' })}
      </Text>
      <ul className={styles.legend}>
        {[...MATURITY_LEVELS, ...UNRATED_VALUES].map((value) => (
          <li key={value} className={`${styles.legendItem} ${classOf(value)}`}>
            {format.rating(value)}
          </li>
        ))}
      </ul>
    </section>
  );
}
