import 'server-only';
import { getCachedPreview, storeCachedPreview } from './preview-cache';
import { renderPreviewImage } from './preview-image';
import { fingerprintPreview, type PreviewModel } from './preview-model';

/**
 * The PNG for a preview, rendered once per distinct content: the ETag is the content's fingerprint, so a
 * chat service that asks again gets a 304, and this process keeps recent PNGs in memory.
 */
export async function respondWithPreview(request: Request, model: PreviewModel): Promise<Response> {
  const etag = `"${fingerprintPreview(model)}"`;
  const headers = { etag, 'cache-control': 'public, max-age=3600, s-maxage=86400', 'content-type': 'image/png' };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  let png = getCachedPreview(etag);
  if (!png) {
    png = await renderPreviewImage(model);
    storeCachedPreview(etag, png);
  }
  return new Response(png, { headers });
}
