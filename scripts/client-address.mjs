// Preloaded into `next start` by scripts/start.ts (`node --import`). The sign-in limits count failures per
// client address, which route handlers can only read from the X-Forwarded-For header, and Next.js keeps
// whatever value the client sent there. So, unless ATLAS_TRUST_PROXY=1 says a reverse proxy in front
// overwrites the header, it is replaced here by the socket's own address before Next.js sees the request:
// a client can no longer pick the address it is counted under.
import http from 'node:http';

/** Sets the request's X-Forwarded-For to the socket address unless the proxy in front is trusted. */
export function settleClientAddress(request, trustProxy) {
  if (trustProxy) return;
  request.headers['x-forwarded-for'] = request.socket?.remoteAddress ?? 'unknown';
  delete request.headers['x-real-ip'];
}

const trustProxy = process.env.ATLAS_TRUST_PROXY === '1';
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithClientAddress(event, request, ...rest) {
  if (event === 'request') settleClientAddress(request, trustProxy);
  return emit.call(this, event, request, ...rest);
};
