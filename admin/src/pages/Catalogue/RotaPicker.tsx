/** The dispatch rota of a category as an ordered list: order = turn order (R-REP-04). Controlled: value = technician ids. */
import { Button, Empty, Select, Space, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, CloseOutlined } from '@ant-design/icons';
import type { Technician } from '../../services/models';

export default function RotaPicker({
  value = [],
  onChange,
  techs,
  names,
  disabled,
}: {
  value?: number[];
  onChange?: (ids: number[]) => void;
  techs: Technician[] | null;
  /** names of ids that may no longer be technicians of the project (from the catalogue's rotaNames) */
  names?: Map<number, string>;
  disabled?: boolean;
}) {
  const nameOf = (id: number) => techs?.find((t) => t.id === id)?.name ?? names?.get(id) ?? `#${id}`;
  const move = (i: number, d: -1 | 1) => {
    const next = [...value];
    const j = i + d;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange?.(next);
  };
  return (
    <div data-testid="rota-picker">
      <Select<number | undefined>
        value={undefined}
        placeholder={techs === null ? '加载中…' : '添加技工到轮派名单'}
        loading={techs === null}
        disabled={disabled}
        showSearch
        optionFilterProp="label"
        style={{ width: '100%', marginBottom: 8 }}
        options={(techs ?? []).filter((t) => !value.includes(t.id)).map((t) => ({ value: t.id, label: t.name }))}
        onChange={(id) => id !== undefined && onChange?.([...value, id])}
        notFoundContent={techs?.length === 0 ? '本项目暂无技工' : '已全部加入'}
      />
      {value.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          style={{ margin: '4px 0' }}
          description="未设名单：按类别轮派时在本项目全部技工中轮流"
        />
      ) : (
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          {value.map((id, i) => (
            <div
              key={id}
              style={{
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'space-between',
                padding: '2px 8px',
                border: '1px solid #f0f0f0',
                borderRadius: 4,
                background: '#fafafa',
              }}
            >
              <Typography.Text>
                <Typography.Text type="secondary" style={{ marginRight: 12 }}>
                  第 {i + 1} 位
                </Typography.Text>
                {nameOf(id)}
              </Typography.Text>
              <Space size={0}>
                <Tooltip title="上移">
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowUpOutlined />}
                    disabled={disabled || i === 0}
                    onClick={() => move(i, -1)}
                  />
                </Tooltip>
                <Tooltip title="下移">
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowDownOutlined />}
                    disabled={disabled || i === value.length - 1}
                    onClick={() => move(i, 1)}
                  />
                </Tooltip>
                <Tooltip title="移出名单">
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<CloseOutlined />}
                    disabled={disabled}
                    onClick={() => onChange?.(value.filter((x) => x !== id))}
                  />
                </Tooltip>
              </Space>
            </div>
          ))}
        </Space>
      )}
    </div>
  );
}
