/** Whether a path's percent-encoding fails to decode (`%`, `%E0%A4%A`, an encoded surrogate, overlong UTF-8). */
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * The answer to such a path: 400 with a plain message, and one JSON log line. JSON.stringify escapes
 * whatever the path holds, so the log line cannot be forged or garble a terminal.
 */
export function rejectMalformedPath(method: string, pathname: string, log: (line: string) => void = console.warn): Response {
  log(JSON.stringify({ level: 'warn', event: 'malformed-path-encoding', method, path: pathname }));
  return new Response('Bad request: the address contains malformed percent-encoding.\n', {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
