/** Types for scripts/client-address.mjs (a plain-JS preload, so `node --import` can load it without tsx). */
export type ClientRequest = { headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } | null };
export declare function settleClientAddress(request: ClientRequest, trustProxy: boolean): void;
