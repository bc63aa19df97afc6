/**
 * A small bar chart of percentages (收缴率, 及时处理率): one bar per row with its label and value written
 * beside it, green at or above the target and orange below. Plain markup read as a list; the page's table
 * carries the same figures.
 */
import { Empty } from 'antd';

export interface RateBar {
  key: string | number;
  label: string;
  /** percent, or null when there is nothing to measure (left out of the chart) */
  value: number | null;
}

export default function RateBars({
  rows,
  target = 100,
  empty,
  testId,
  labelWidth = 48,
  title,
}: {
  rows: RateBar[];
  target?: number;
  empty: string;
  testId: string;
  labelWidth?: number;
  /** what the list is, for screen readers */
  title: string;
}) {
  const shown = rows.filter((r) => r.value !== null);
  if (!shown.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <ul
      data-testid={testId}
      aria-label={title}
      style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      {shown.map((r) => (
        <li key={r.key} style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
          <span style={{ width: labelWidth, flex: 'none', overflowWrap: 'anywhere' }}>{r.label}</span>
          <div style={{ flex: 1, background: '#f0f0f0', height: 18, borderRadius: 4 }} aria-hidden>
            <div
              style={{
                width: `${Math.min(Math.max(r.value ?? 0, 0), 100)}%`,
                height: 18,
                borderRadius: 4,
                background: (r.value ?? 0) >= target ? '#52c41a' : '#fa8c16',
              }}
            />
          </div>
          <span style={{ width: 60, flex: 'none', textAlign: 'right' }}>{`${r.value}%`}</span>
        </li>
      ))}
    </ul>
  );
}
