/** The owner's on-screen signature (R-REP-06), fetched with the token like every request photo. */
import { Image, Spin, Typography } from 'antd';
import type { Photo } from '../../services/models';
import { useBlobUrl } from './Photos';

function Signed({ photo }: { photo: Photo }) {
  const src = useBlobUrl(photo.url);
  if (!src) return <Spin size="small" />;
  return (
    <Image
      src={src}
      alt="业主签字"
      height={72}
      data-testid="owner-signature"
      style={{ background: '#fff', border: '1px solid #f0f0f0', borderRadius: 4, padding: 4, objectFit: 'contain' }}
    />
  );
}

export default function SignatureImage({ photo }: { photo: Photo | null }) {
  return photo ? <Signed photo={photo} /> : <Typography.Text type="secondary">—</Typography.Text>;
}
