import { Spin } from 'antd';

export default function PageLoading({ tip = '加载中…' }: { tip?: string }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: 240, width: '100%' }}>
      <Spin tip={tip} size="large">
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </div>
  );
}
