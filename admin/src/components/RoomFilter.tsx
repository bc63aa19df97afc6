/**
 * A list's room filter: type a property code, room number or unit and pick the room (searched on the server,
 * ten at a time), or clear it for every room. The value is the room's id.
 */
import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { roomLabel } from '@wy/shared';
import { client, got, showError } from '../services/api';

export default function RoomFilter({
  projectId,
  value,
  onChange,
  testId,
}: {
  projectId: number;
  value: number | undefined;
  onChange: (roomId: number | undefined) => void;
  testId?: string;
}) {
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const [keyword, setKeyword] = useState('');
  useEffect(() => {
    const k = keyword.trim();
    if (!k) return;
    let live = true;
    const t = setTimeout(() => {
      setLoading(true);
      got(client.GET('/api/v1/rooms', { params: { query: { projectId, keyword: k, limit: 10 } } }))
        .then((page) => live && setOptions(page.items.map((r) => ({ value: r.id, label: roomLabel(r) }))))
        .catch(showError)
        .finally(() => live && setLoading(false));
    }, 250);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [projectId, keyword]);
  return (
    <Select<number>
      showSearch
      allowClear
      aria-label="房屋"
      placeholder="全部房屋（输入房号或物业编码）"
      style={{ width: 260 }}
      filterOption={false}
      loading={loading}
      value={value}
      options={options}
      onSearch={setKeyword}
      onChange={(v) => onChange(v ?? undefined)}
      notFoundContent={keyword.trim() ? (loading ? '查找中…' : '没有找到房屋') : '输入房号或物业编码查找'}
      data-testid={testId}
    />
  );
}
