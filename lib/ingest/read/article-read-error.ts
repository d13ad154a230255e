/** A file that cannot be turned into an article; the message always names the file. */
export class ArticleReadError extends Error {
  readonly file: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ArticleReadError';
    this.file = file;
  }
}
