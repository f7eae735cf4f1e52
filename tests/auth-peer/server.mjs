// An OAuth 2.0 server clouddir did not write (oauth2-mock-server 7.x), dressed in Entra's paths for TestAuthPeer
// (shared/spec/graph.md §4.3): /{tenant}/oauth2/v2.0/authorize answers 302 straight to redirect_uri with code and
// state, /{tenant}/oauth2/v2.0/token redeems codes (PKCE checked), refreshes and rotates refresh tokens.
// Entra-shaped additions: tokens carry tid and preferred_username, and client id "web-platform-app" gets the
// invalid_client / AADSTS7000218 answer of a registration on the Web platform.
//
// Usage: node server.mjs TENANT_ID — prints the base URL as its first stdout line; exits when stdin closes.
import { Events, OAuth2Server } from 'oauth2-mock-server';

const tenant = process.argv[2] ?? '9188040d-6c67-4c5b-b112-36a304b66dad';
const account = 'peer-admin@fabrikam.example';
const server = new OAuth2Server(undefined, undefined, {
  endpoints: { authorize: `/${tenant}/oauth2/v2.0/authorize`, token: `/${tenant}/oauth2/v2.0/token` },
});
await server.issuer.keys.generate('RS256');

server.service.on(Events.BeforeTokenSigning, (token) => {
  token.payload.tid = tenant;
  token.payload.preferred_username = account;
});
server.service.on(Events.BeforeResponse, (response, req) => {
  if (req.body?.client_id !== 'web-platform-app') return;
  const trace = '3f2e1d0c-b9a8-4765-9432-10fedcba9876';
  response.statusCode = 401;
  response.body = {
    error: 'invalid_client',
    error_description: `AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'. Trace ID: ${trace}`,
    error_codes: [7000218],
    timestamp: new Date().toISOString(),
    trace_id: trace,
    correlation_id: '6c5b4a39-2817-4f6e-8d5c-4b3a29180f7e',
  };
});

await server.start(0, '127.0.0.1');
process.stdout.write(`http://127.0.0.1:${server.address().port}\n`);
process.stdin.on('end', () => server.stop().then(() => process.exit(0)));
process.stdin.resume();
