import { Anchor, Button, Group, Stack, Table, TextInput } from '@mantine/core';
import type { ReactNode, RefObject } from 'react';
import { useAppData } from '../../data/AppDataProvider';
import type { EntryOrigin } from './entryOrigin';
import { ListPages } from './ListPages';
import { EmptyList, ListCount } from './ListStates';
import classes from './Matrix.module.css';
import { OriginBadge } from './OriginBadge';
import type { PageWindow } from './paging';

/** One entry of a list: its title links to its page, marked built-in, customised or the person's own. */
export interface CatalogListRow {
  id: string;
  href: string;
  title: string;
  origin: EntryOrigin;
  /** The other columns, in the order of `columns` after the first. */
  cells: ReactNode[];
}

interface CatalogListFrameProps {
  /** The top of the list, brought back into view on a page change (usePagedRows). */
  topRef: RefObject<HTMLDivElement | null>;
  search: { label: string; placeholder: string; value: string; onChange: (query: string) => void };
  /** The list's own filters (Selects), between the search and the Add button. */
  filters: ReactNode;
  addLabel: string;
  onAdd: () => void;
  count: { text: string; onClear?: () => void };
  /** Shown instead of the table when no entry is left to list. */
  emptyMessage: string;
  /** Column headers, the title column first. */
  columns: string[];
  minWidth: number;
  /** The rows of the page shown. */
  rows: CatalogListRow[];
  range: PageWindow;
  onPageChange: (page: number) => void;
}

/**
 * The frame the matrix's role, skill and course lists share: search and filters, Add (not in a
 * read-only store), how many entries show, the table or what to do when it is empty, the pages.
 */
export function CatalogListFrame(props: CatalogListFrameProps) {
  const { topRef, search, filters, addLabel, onAdd, count, emptyMessage, columns, minWidth, rows, range, onPageChange } = props;
  const { status } = useAppData();
  return (
    <Stack gap="md" ref={topRef} className={classes.list}>
      <Group className={classes.toolbar} gap="md">
        <TextInput
          className={classes.search}
          type="search"
          label={search.label}
          placeholder={search.placeholder}
          value={search.value}
          onChange={(event) => search.onChange(event.currentTarget.value)}
        />
        {filters}
        {!status.readOnly && <Button onClick={onAdd}>{addLabel}</Button>}
      </Group>
      <ListCount text={count.text} onClear={count.onClear} />
      {range.total === 0 ? (
        <EmptyList message={emptyMessage} />
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column}>{column}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td className={classes.titleCell}>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor href={row.href}>{row.title}</Anchor>
                      <OriginBadge origin={row.origin} />
                    </Group>
                  </Table.Td>
                  {row.cells.map((cell, index) => (
                    <Table.Td key={index}>{cell}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ListPages range={range} onPageChange={onPageChange} />
    </Stack>
  );
}
