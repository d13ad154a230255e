import http from 'node:http';

/**
 * One HTTP request sent as written: no client normalises the path or refuses the method (fetch will not send
 * TRACE, and browsers fix up `%` in paths), so the server sees exactly what an attacker would send.
 */
export function rawRequest(baseURL: string, method: string, path: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, method, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
