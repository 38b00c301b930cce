import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { JSX, ReactNode } from 'react';
import { useDataTableStyles } from './DataTable.styles';

export type DataTableRow = {
  readonly key: string;
  /** The row header (first column). */
  readonly header: ReactNode;
  readonly cells: readonly ReactNode[];
};

export type DataTableProps = {
  /** Names the table (its caption). */
  readonly caption: string;
  /** Column headers, the row-header column first. */
  readonly columns: readonly string[];
  readonly rows: readonly DataTableRow[];
};

/** A small figures table with row and column headers: the dashboard's chart alternatives. */
export function DataTable({ caption, columns, rows }: DataTableProps): JSX.Element {
  const styles = useDataTableStyles();
  return (
    <div className={styles.scroll}>
      <Table size="small">
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column} scope="col">
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableHeaderCell scope="row" className={styles.rowHeader}>
                {row.header}
              </TableHeaderCell>
              {row.cells.map((cell, i) => (
                <TableCell key={i} className={styles.numeric}>
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
