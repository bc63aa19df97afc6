/** Request photos: served to signed-in users only, so they are fetched with the token and shown from blob: URLs. */
import { useEffect, useState } from 'react';
import { Image, Space, Typography, Upload, Button } from 'antd';
import { PictureOutlined, UploadOutlined } from '@ant-design/icons';
import type { UploadFile } from 'antd';
import { client, fetchImageBlob, got, showError } from '../../services/api';
import type { Photo } from '../../services/models';

function useBlobUrl(url: string): string | null {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let obj: string | null = null;
    fetchImageBlob(url)
      .then((b) => {
        obj = URL.createObjectURL(b);
        if (live) setSrc(obj);
      })
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
      if (obj) URL.revokeObjectURL(obj);
    };
  }, [url]);
  return src;
}

function Thumb({ photo, size }: { photo: Photo; size: number }) {
  const src = useBlobUrl(photo.url);
  if (!src)
    return (
      <div
        style={{
          width: size,
          height: size,
          background: '#f5f5f5',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          borderRadius: 4,
        }}
      >
        <PictureOutlined style={{ color: '#bbb' }} />
      </div>
    );
  return <Image src={src} width={size} height={size} style={{ objectFit: 'cover', borderRadius: 4 }} />;
}

export function PhotoList({ photos, size = 72 }: { photos: Photo[]; size?: number }) {
  if (!photos.length) return <Typography.Text type="secondary">无照片</Typography.Text>;
  return (
    <Image.PreviewGroup>
      <Space wrap size={8}>
        {photos.map((p) => (
          <Thumb key={p.id} photo={p} size={size} />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}

const TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
type ImageType = (typeof TYPES)[number];
const MAX = 5 * 1024 * 1024;

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

/** Controlled photo picker for forms: value = uploaded photo ids. */
export function PhotoUpload({
  value,
  onChange,
  max = 9,
}: {
  value?: number[];
  onChange?: (ids: number[]) => void;
  max?: number;
}) {
  const [files, setFiles] = useState<UploadFile[]>([]);
  // the form was reset (value cleared): drop the finished photos, keep any still uploading
  useEffect(() => {
    if (!value?.length)
      setFiles((list) => (list.some((f) => f.status !== 'uploading') ? list.filter((f) => f.status === 'uploading') : list));
  }, [value]);
  const sync = (list: UploadFile[]) => {
    setFiles(list);
    onChange?.(list.filter((f) => f.status === 'done' && typeof f.response === 'number').map((f) => f.response as number));
  };
  return (
    <Upload
      listType="picture"
      accept={TYPES.join(',')}
      fileList={files}
      maxCount={max}
      multiple
      onRemove={(f) => {
        sync(files.filter((x) => x.uid !== f.uid));
        return true;
      }}
      beforeUpload={async (file) => {
        if (!(TYPES as readonly string[]).includes(file.type)) {
          showError(new Error('只能上传 JPG、PNG 或 WEBP 图片'));
          return Upload.LIST_IGNORE;
        }
        if (file.size > MAX) {
          showError(new Error('图片不能超过 5 MB'));
          return Upload.LIST_IGNORE;
        }
        const item: UploadFile = { uid: file.uid, name: file.name, status: 'uploading' };
        setFiles((l) => [...l, item]);
        try {
          const up = await got(
            client.POST('/api/v1/uploads', {
              body: { fileName: file.name, contentType: file.type as ImageType, contentBase64: await toBase64(file) },
            }),
          );
          setFiles((l) => {
            const next = l.map((x) =>
              x.uid === file.uid ? { ...x, status: 'done' as const, response: up.id, thumbUrl: URL.createObjectURL(file) } : x,
            );
            onChange?.(
              next.filter((f) => f.status === 'done' && typeof f.response === 'number').map((f) => f.response as number),
            );
            return next;
          });
        } catch (e) {
          showError(e);
          setFiles((l) => l.map((x) => (x.uid === file.uid ? { ...x, status: 'error' as const } : x)));
        }
        return false;
      }}
    >
      {files.length < max && (
        <Button icon={<UploadOutlined />}>
          上传照片（{files.length}/{max}）
        </Button>
      )}
    </Upload>
  );
}
export { useBlobUrl };
