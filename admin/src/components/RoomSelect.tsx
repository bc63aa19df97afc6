/** Building → room picker used by the owner and vehicle forms. */
import { useEffect, useState } from 'react';
import { ProFormDependency, ProFormSelect } from '@ant-design/pro-components';
import { Form } from 'antd';
import { client, got, showError, type Page } from '../services/api';
import type { Building, Room } from '../services/models';

async function allRooms(projectId: number, buildingId: number) {
  const out: { value: number; label: string }[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) {
    const page: Page<Room> = await got(
      client.GET('/api/v1/rooms', { params: { query: { projectId, buildingId, cursor: cursor ?? undefined, limit: 100 } } }),
    );
    for (const r of page.items) out.push({ value: r.id, label: `${r.unit ? r.unit + ' ' : ''}${r.roomNo}` });
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}

export default function RoomSelect({ projectId, required = true }: { projectId: number; required?: boolean }) {
  const [buildings, setBuildings] = useState<Building[]>([]);
  const [loading, setLoading] = useState(true);
  const form = Form.useFormInstance();
  useEffect(() => {
    got(client.GET('/api/v1/projects/{projectId}/buildings', { params: { path: { projectId } } }))
      .then(setBuildings)
      .catch(showError)
      .finally(() => setLoading(false));
  }, [projectId]);

  return (
    <>
      <ProFormSelect
        name="buildingId"
        label="楼栋"
        colProps={{ span: 12 }}
        showSearch
        fieldProps={{ loading, optionFilterProp: 'label', onChange: () => form.resetFields(['roomId']) }}
        options={buildings.map((b) => ({ value: b.id, label: `${b.clusterName} · ${b.name}` }))}
        rules={required ? [{ required: true, message: '请选择楼栋' }] : []}
        placeholder="先选楼栋"
      />
      <ProFormDependency name={['buildingId']}>
        {({ buildingId }) => (
          <ProFormSelect
            key={buildingId ?? 'none'}
            name="roomId"
            label="房号"
            colProps={{ span: 12 }}
            showSearch
            disabled={!buildingId}
            placeholder={buildingId ? '选择或输入房号' : '请先选择楼栋'}
            fieldProps={{ optionFilterProp: 'label' }}
            params={{ buildingId }}
            request={async () => {
              if (!buildingId) return [];
              try {
                return await allRooms(projectId, buildingId as number);
              } catch (e) {
                showError(e);
                return [];
              }
            }}
            rules={required ? [{ required: true, message: '请选择房号' }] : []}
          />
        )}
      </ProFormDependency>
    </>
  );
}
