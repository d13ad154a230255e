/** An article as read from a file, HTML page or feed item, before extraction. */
export type ParsedArticle = {
  title: string;
  /** Body text: paragraphs separated by a blank line, boilerplate removed. */
  body: string;
  outlet: string | null;
  /** Publication date, YYYY-MM-DD, or null when the source gives none. */
  publishedAt: string | null;
  url: string | null;
  /** Where it came from: the path as given (and `#n` for the n-th feed item). */
  source: string;
  format: 'text' | 'html' | 'feed';
};
