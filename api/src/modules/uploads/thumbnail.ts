/**
 * Thumbnails of uploaded photos (list and detail pages show these; the full photo opens on tap). Made with
 * sharp (libvips) at upload, kept beside the original in the same Storage under `<key>.thumb`; an upload
 * from before thumbnails existed gets its thumbnail made on first request.
 */
import sharp from 'sharp';
import { AppError } from '../../common/app-error.js';

/** The longest side of a thumbnail, in pixels (a photo cell is ≈ 80 CSS px; three device pixels each). */
export const THUMB_SIZE = 240;
export const THUMB_TYPE = 'image/jpeg';

export function thumbKey(storageKey: string): string {
  return `${storageKey}.thumb`;
}

/** Both URLs of an upload: the original, and its thumbnail. */
export function uploadUrls(id: number): { url: string; thumbUrl: string } {
  return { url: `/api/v1/uploads/${id}`, thumbUrl: `/api/v1/uploads/${id}?size=thumb` };
}

/**
 * A JPEG no larger than THUMB_SIZE on either side, upright (EXIF orientation applied), never enlarged.
 * An image the library cannot read is refused (400): the same check that the upload is a real image.
 */
export async function makeThumbnail(data: Buffer): Promise<Buffer> {
  try {
    return await sharp(data, { failOn: 'error', limitInputPixels: 50_000_000 })
      .rotate()
      .resize(THUMB_SIZE, THUMB_SIZE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 75, mozjpeg: true })
      .toBuffer();
  } catch {
    throw new AppError('VALIDATION_FAILED', '无法识别这张图片，请重新拍照或换一张照片');
  }
}
