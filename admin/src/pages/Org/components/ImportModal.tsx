/** 导入楼栋房屋: template download, pick .csv/.xlsx, send base64; every bad row listed, nothing imported on error. */
import { useState } from 'react';
import { Alert, Button, Descriptions, Modal, Result, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportRowProblem } from '@wy/shared';
import { ApiError, client, got, showError } from '../../../services/api';
import type { ImportResult } from '../../../services/models';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.csv,.xlsx';

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => {
      const s = String(r.result ?? '');
      resolve(s.slice(s.indexOf(',') + 1));
    };
    r.onerror = () => reject(new Error('读取文件失败，请重新选择'));
    r.readAsDataURL(file);
  });
}

function rowsOf(details: unknown): ImportRowProblem[] {
  const rows = (details as { rows?: unknown } | undefined)?.rows;
  return Array.isArray(rows) ? (rows as ImportRowProblem[]) : [];
}

interface Props {
  open: boolean;
  projectId: number;
  projectName?: string;
  onClose: (imported: boolean) => void;
}

export default function ImportModal({ open, projectId, projectName, onClose }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [problems, setProblems] = useState<{ message: string; rows: ImportRowProblem[] } | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);

  const reset = () => {
    setFile(null);
    setResult(null);
    setProblems(null);
    setPickError(null);
  };
  const close = () => {
    const imported = !!result;
    reset();
    onClose(imported);
  };

  const download = async () => {
    setDownloading(true);
    try {
      const blob = (await client.GET('/api/v1/import-template', { parseAs: 'blob' })).data as Blob;
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = '楼栋房屋导入模板.csv';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      showError(e);
    } finally {
      setDownloading(false);
    }
  };

  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setProblems(null);
    try {
      const base64 = await readBase64(file);
      setResult(
        await got(
          client.POST('/api/v1/projects/{projectId}/import', {
            params: { path: { projectId } },
            body: { fileName: file.name, contentBase64: base64 },
          }),
        ),
      );
    } catch (e) {
      if (e instanceof ApiError && e.code === 'ORG_IMPORT_INVALID') {
        setProblems({ message: e.message, rows: rowsOf(e.details) });
      } else if (e instanceof ApiError) {
        showError(e);
      } else {
        setPickError(e instanceof Error ? e.message : '读取文件失败');
      }
    } finally {
      setBusy(false);
    }
  };

  const footer = result
    ? [
        <Button key="done" type="primary" onClick={close} data-testid="import-done">
          完成
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={close}>
          取消
        </Button>,
        <Button key="ok" type="primary" disabled={!file} loading={busy} onClick={submit} data-testid="import-confirm">
          开始导入
        </Button>,
      ];

  return (
    <Modal
      title={`导入楼栋房屋${projectName ? ` · ${projectName}` : ''}`}
      open={open}
      width={680}
      onCancel={close}
      footer={footer}
      maskClosable={false}
      destroyOnHidden
    >
      {result ? (
        <div data-testid="import-result">
          <Result
            status="success"
            title="导入成功"
            extra={
              <Descriptions bordered size="small" column={3}>
                <Descriptions.Item label="新增组团">{result.clustersCreated}</Descriptions.Item>
                <Descriptions.Item label="新增楼栋">{result.buildingsCreated}</Descriptions.Item>
                <Descriptions.Item label="新增房屋">{result.roomsCreated}</Descriptions.Item>
              </Descriptions>
            }
          />
        </div>
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Alert
            type="info"
            showIcon
            message="按模板填写后上传（.csv 或 .xlsx）。文件中只要有一行有误，整个文件都不会导入。"
            description={
              <span>
                列：组团编码（1 位）、组团名称、楼栋编码（2 位）、楼栋名称、单元、楼层、房号（4
                位）、建筑面积（㎡，最多两位小数）、用途、户型、产权证号、交付日期（YYYY-MM-DD）。
              </span>
            }
          />
          <Button icon={<DownloadOutlined />} onClick={download} loading={downloading} data-testid="import-template">
            下载导入模板
          </Button>
          <div data-testid="import-upload">
            <Upload.Dragger
              accept={ACCEPT}
              maxCount={1}
              multiple={false}
              fileList={file ? [{ uid: '1', name: file.name, status: 'done', size: file.size }] : []}
              beforeUpload={(f) => {
                setProblems(null);
                setPickError(null);
                const lower = f.name.toLowerCase();
                if (!lower.endsWith('.csv') && !lower.endsWith('.xlsx')) {
                  setPickError('只支持 .csv 或 .xlsx 文件');
                  return Upload.LIST_IGNORE;
                }
                if (f.size > MAX_BYTES) {
                  setPickError('文件不能超过 10 MB');
                  return Upload.LIST_IGNORE;
                }
                setFile(f);
                return false;
              }}
              onRemove={() => {
                setFile(null);
                setProblems(null);
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">点击或拖拽文件到此处</p>
              <p className="ant-upload-hint">支持 .csv（UTF-8）和 .xlsx，最大 10 MB</p>
            </Upload.Dragger>
          </div>
          {pickError && <Alert type="error" showIcon message={pickError} />}
          {problems && (
            <div data-testid="import-errors">
              <Alert
                type="error"
                showIcon
                message={problems.rows.length ? `文件有 ${problems.rows.length} 处错误，未导入任何数据` : problems.message}
                description="请按下表逐行修改后重新上传。"

                style={{ marginBottom: 12 }}
              />
              <Table<ImportRowProblem & { key: string }>
                size="small"
                rowKey="key"
                dataSource={problems.rows.map((r, i) => ({ ...r, key: `${r.line}-${i}` }))}
                pagination={problems.rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
                columns={[
                  { title: '行号', dataIndex: 'line', width: 80 },
                  {
                    title: '原因',
                    dataIndex: 'message',
                    render: (m: string) => <Typography.Text type="danger">{m}</Typography.Text>,
                  },
                ]}
              />
            </div>
          )}
        </Space>
      )}
    </Modal>
  );
}
