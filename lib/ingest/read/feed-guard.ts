import { ArticleReadError } from './article-read-error';

const ENTITY_DECLARATION = /<!ENTITY\b/i;
const DOCTYPE = /<!DOCTYPE\b[^>[]*(?:\[[\s\S]*?\]\s*)?>/gi;

/**
 * Makes a feed safe to hand to the XML parser. A declared entity is refused outright: external entities
 * (`SYSTEM "file:///etc/passwd"`) would read files or the network, and nested internal ones ("billion
 * laughs") expand to gigabytes. No real news feed declares entities. The DOCTYPE itself (RSS 0.91 has one)
 * is removed, so the parser never looks at a DTD at all.
 */
export function prepareFeedXml(xml: string, source: string): string {
  if (ENTITY_DECLARATION.test(xml)) {
    throw new ArticleReadError(source, 'feed refused: it declares XML entities (external entities and entity expansion are not allowed)');
  }
  return xml.replace(DOCTYPE, '');
}
