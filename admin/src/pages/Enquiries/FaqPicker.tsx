/** R-FAQ-03 the desk answers from the FAQ with one click: search the project's entries, pick one, its answer is the reply. */
import { useState } from 'react';
import { Empty, Input, List, Typography } from 'antd';
import { $api } from '../../services/api';
import LinkButton from '../../components/LinkButton';

export default function FaqPicker({ projectId, onPick }: { projectId: number; onPick: (id: number, answer: string) => void }) {
  const [keyword, setKeyword] = useState('');
  const q = $api.useQuery('get', '/api/v1/faq/entries', { params: { query: { projectId, keyword: keyword || undefined } } });
  return (
    <div data-testid="faq-picker">
      <Input.Search placeholder="在答客问中查找" allowClear onSearch={setKeyword} style={{ marginBottom: 8 }} />
      <List
        size="small"
        bordered
        loading={q.isLoading}
        style={{ maxHeight: 220, overflow: 'auto' }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={q.isError ? '加载失败，请重试' : '答客问中没有相关条目'} />
          ),
        }}
        dataSource={(q.data ?? []).filter((x) => x.active)}
        renderItem={(x) => (
          <List.Item
            actions={[
              <LinkButton key="use" onClick={() => onPick(x.id, x.answer)} data-testid="faq-use">
                用此答复
              </LinkButton>,
            ]}
          >
            <List.Item.Meta
              title={x.question}
              description={
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                  {x.answer}
                </Typography.Paragraph>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
