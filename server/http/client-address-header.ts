// Set by our HTTP server (server/http/serve.ts) from the TCP peer and TRUST_PROXY_HOPS,
// replacing whatever a client sent under that name.
export const clientAddressHeader = "x-dostek-client-address";
