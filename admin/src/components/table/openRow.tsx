/**
 * The register lists' way to open a record: a click anywhere on the row (but on its own links and
 * buttons), or the fixed 办理 link at the end. Shared by the repair, complaint and enquiry lists.
 */
import type { ListColumn } from './DataTable';
import LinkButton from '../LinkButton';

/** `onRow` for a list whose rows open a record: the row carries `data-testid` and the record's id under `idAttr`. */
export function openableRow<T extends { id: number }>(testId: string, idAttr: string, open: (id: number) => void) {
  return (r: T) =>
    ({
      'data-testid': testId,
      [idAttr]: r.id,
      onClick: (e: React.MouseEvent) => {
        if ((e.target as HTMLElement).closest('a,button')) return;
        open(r.id);
      },
      style: { cursor: 'pointer' },
    }) as React.HTMLAttributes<HTMLElement>;
}

/** The fixed action column with its one link (a button a keyboard reaches). */
export function openColumn<T extends { id: number }>(testId: string, open: (id: number) => void, text = '办理'): ListColumn<T> {
  return {
    title: '操作',
    key: 'op',
    width: 70,
    fixed: 'right',
    search: false,
    render: (_, r) => (
      <LinkButton onClick={() => open(r.id)} data-testid={testId}>
        {text}
      </LinkButton>
    ),
  };
}
