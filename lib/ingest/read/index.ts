export { ArticleReadError } from './article-read-error';
export { listArticleFiles } from './list-article-files';
export { readArticleFile, sniffFormat, type ReadOptions } from './read-article-file';
