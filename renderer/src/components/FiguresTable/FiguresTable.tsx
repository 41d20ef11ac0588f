import { Button, Table } from '@mantine/core';
import { useId, useState } from 'react';
import classes from './FiguresTable.module.css';

export interface FiguresRow {
  key: string;
  /** The row's header cell: a week, a day. */
  header: string;
  cells: string[];
}

interface FiguresTableProps {
  caption: string;
  showLabel: string;
  hideLabel: string;
  /** The header of the row headers' column, then one per cell. */
  columns: string[];
  rows: FiguresRow[];
  minWidth?: number;
  testId?: string;
}

/**
 * A chart's figures as a table, behind a toggle, for anyone who cannot see the chart: the table
 * renders with the screen (hidden until asked for), so its figures never wait for the drawing.
 * Focusable so a long table can be scrolled from the keyboard.
 */
export function FiguresTable({ caption, showLabel, hideLabel, columns, rows, minWidth, testId }: FiguresTableProps) {
  const [shown, setShown] = useState(false);
  const tableId = useId();
  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        className={classes.toggle}
        aria-expanded={shown}
        aria-controls={tableId}
        onClick={() => setShown((open) => !open)}
      >
        {shown ? hideLabel : showLabel}
      </Button>
      <div id={tableId} hidden={!shown}>
        <div className={classes.scroll} tabIndex={0} role="region" aria-label={caption}>
          <Table verticalSpacing={4} striped miw={minWidth} data-testid={testId}>
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column} scope="col">
                    {column}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row" fw={400}>
                    {row.header}
                  </Table.Th>
                  {row.cells.map((cell, index) => (
                    <Table.Td key={index}>{cell}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </div>
    </>
  );
}
