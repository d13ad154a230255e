// Preloaded into `next start` by scripts/start.ts (`node --import`). Next.js turns every request into a
// WHATWG Request before any app code runs, and that constructor throws on TRACE and TRACK ("HTTP method is
// unsupported"), so those requests became 500s that neither proxy.ts nor a route could catch. Here they are
// answered 405 at the HTTP server, before Next.js sees them.
import http from 'node:http';

const REFUSED = new Set(['TRACE', 'TRACK']);
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitRefusingMethods(event, request, response, ...rest) {
  if (event === 'request' && REFUSED.has(String(request.method).toUpperCase())) {
    response.writeHead(405, { allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS', 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(JSON.stringify({ error: 'method not allowed' }));
    return true;
  }
  return emit.call(this, event, request, response, ...rest);
};
