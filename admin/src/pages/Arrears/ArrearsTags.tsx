/** R-ARR-06 / R-ARR-04 the small tags a room carries wherever the desk sees it: over 3 months in arrears, large customer. */
import { Tag } from 'antd';
import { ARREARS_FLAG_MONTHS } from '@wy/shared';

export default function ArrearsTags({ flagged, largeCustomer }: { flagged: boolean; largeCustomer: boolean }) {
  return (
    <>
      {flagged && (
        <Tag color="red" data-testid="arrears-flag">
          欠费超{ARREARS_FLAG_MONTHS}个月
        </Tag>
      )}
      {largeCustomer && <Tag color="purple">大客户</Tag>}
    </>
  );
}
