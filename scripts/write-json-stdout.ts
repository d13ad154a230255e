import { fstatSync, ftruncateSync, writeSync } from 'node:fs';

/**
 * `npm run extract -- f > out.json` without `-s`: npm writes its "> pkg@1.0 extract" banner into out.json
 * before the script starts. When stdout is a regular file that holds exactly that banner and nothing else,
 * it is cut away, so the file is JSON whatever npm printed. A pipe cannot be rewound: use `npm run -s` there.
 */
export function writeJsonStdout(json: string): void {
  const banner = npmBanner();
  const stat = fstatSync(1);
  // npm ends the banner with an empty line (its logger adds a newline after the text).
  if (banner && stat.isFile() && [banner, `${banner}\n`].some((b) => stat.size === Buffer.byteLength(b))) {
    ftruncateSync(1, 0);
    writeSync(1, json, 0); // at position 0: the descriptor's own offset still points past the banner
    return;
  }
  process.stdout.write(json);
}

/** The banner npm's run-script prints for this script, rebuilt from the variables npm sets. */
function npmBanner(): string | null {
  const { npm_package_name: name, npm_package_version: version, npm_lifecycle_event: event, npm_lifecycle_script: script } =
    process.env;
  if (!event || !script) return null;
  const args = process.argv.slice(2);
  const id = name && version ? `${name}@${version} ${event}` : event;
  return `\n> ${id}\n> ${script.trim().replace(/\n/g, '\n> ')}${args.length ? ` ${args.join(' ')}` : ''}\n`;
}
