/**
 * Photos for repairs: pick → compress → POST /uploads as base64 JSON; and showing uploaded photos, which
 * the API serves only with the bearer token (so they are downloaded with it, not put in <Image src>).
 */
import Taro from '@tarojs/taro';
import { api } from '../services/request';
import { session } from '../services/session';

export const MAX_PHOTOS = 6;
const MAX_EDGE = 1600;
type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

/** Opens the album/camera; resolves with local paths (empty when cancelled). */
export async function pickImages(count: number): Promise<string[]> {
  if (count <= 0) return [];
  try {
    const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    return res.tempFilePaths.slice(0, count);
  } catch {
    return [];
  }
}

/** H5: scale to ≤ 1600 px on the long edge and re-encode as JPEG. */
function compressH5(src: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const img = new window.Image();
    img.onload = () => {
      const scale = Math.min(1, MAX_EDGE / Math.max(img.naturalWidth, img.naturalHeight));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
      canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('canvas'));
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      resolve(canvas.toDataURL('image/jpeg', 0.72).replace(/^data:[^,]+,/, ''));
    };
    img.onerror = () => reject(new Error('图片无法读取'));
    img.src = src;
  });
}

/** weapp: compressImage, then read the file as base64. */
async function compressWeapp(src: string): Promise<string> {
  let path = src;
  try {
    path = (await Taro.compressImage({ src, quality: 70 })).tempFilePath;
  } catch {
    // some devices refuse; upload the already "compressed" pick
  }
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: path,
      encoding: 'base64',
      success: (r) => resolve(String(r.data)),
      fail: (e) => reject(new Error(e.errMsg)),
    });
  });
}

export function compressToBase64(src: string): Promise<string> {
  return process.env.TARO_ENV === 'h5' ? compressH5(src) : compressWeapp(src);
}

export async function uploadBase64(contentBase64: string, fileName = 'photo.jpg', contentType: ImageType = 'image/jpeg') {
  return api.post('/uploads', { body: { fileName, contentType, contentBase64 }, silent: true });
}

const cache = new Map<string, Promise<string>>();

function absolute(url: string): string {
  if (/^https?:/.test(url)) return url;
  const base = (process.env.TARO_APP_API_BASE || '/api/v1').replace(/\/api\/v1\/?$/, '');
  return base + url;
}

/** A local path for an uploaded photo, downloaded with the session's token (cached for the app's life). */
export function localPhoto(url: string): Promise<string> {
  let p = cache.get(url);
  if (!p) {
    p = Taro.downloadFile({
      url: absolute(url),
      header: session.accessToken ? { Authorization: `Bearer ${session.accessToken}` } : {},
    }).then((r) => {
      if (r.statusCode !== 200) throw new Error(`HTTP ${r.statusCode}`);
      return r.tempFilePath;
    });
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}
