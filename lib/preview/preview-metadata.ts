import type { Metadata } from 'next';
import { fingerprintPreview, PREVIEW_SIZE, type PreviewModel } from './preview-model';

/**
 * The `og:image` and large Twitter card for a page whose preview is served at `imagePath`. The content's
 * fingerprint goes into the URL, so a changed view gets a new image and an unchanged one is fetched once.
 */
export function toPreviewMetadata(imagePath: string, model: PreviewModel): Pick<Metadata, 'openGraph' | 'twitter'> {
  const separator = imagePath.includes('?') ? '&' : '?';
  const image = { url: `${imagePath}${separator}v=${fingerprintPreview(model)}`, ...PREVIEW_SIZE, alt: model.title };
  return { openGraph: { images: [image] }, twitter: { card: 'summary_large_image', images: [image] } };
}
