import { escapeForTerminal } from './strip-control';

/**
 * A file that cannot be turned into an article. The message always names the file, with its control
 * characters escaped, so printing it can never act on a terminal; `file` keeps the name as given.
 */
export class ArticleReadError extends Error {
  readonly file: string;

  constructor(file: string, reason: string) {
    super(escapeForTerminal(`${file}: ${reason}`));
    this.name = 'ArticleReadError';
    this.file = file;
  }
}
