/** One document's photos on a parking form: pick, compress and upload, shown as a count with 重拍. */
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { compressToBase64, pickImages, uploadBase64 } from '../srv-common/photos';
import { toast } from '../services/request';
import { docText } from './words';
import { tappable } from '../components/tap';

export function DocPhotos(props: { doc: string; ids: number[]; onChange: (ids: number[]) => void; note?: string | null }) {
  const [busy, setBusy] = useState(false);
  const add = async () => {
    if (busy) return;
    const paths = await pickImages(3);
    if (!paths.length) return;
    setBusy(true);
    try {
      const ids: number[] = [];
      for (const p of paths) ids.push((await uploadBase64(await compressToBase64(p))).id);
      props.onChange(ids);
    } catch {
      toast('照片上传失败，请重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className={`pk-doc t-prk-doc t-prk-doc-${props.doc}`}>
      <View className="wf-row">
        <Text className="wf-text">{docText(props.doc)}</Text>
        <View className="btn btn--small btn--ghost" {...tappable('添加照片', add)}>
          {busy ? '上传中…' : props.ids.length ? `已拍 ${props.ids.length} 张 · 重拍` : '拍照上传'}
        </View>
      </View>
      {props.note ? <Text className="muted">{props.note}</Text> : null}
    </View>
  );
}
