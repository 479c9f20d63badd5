import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { mintToken, TokenVerifier } from '../../src/auth/tokens';

const SECRET = 'unit-test-secret-unit-test-secret-0123';

describe('bearer tokens (jose)', () => {
  test('when an HS256 token signed with JWT_SECRET is sent, then the caller has its subject and known roles', async () => {
    const verifier = new TokenVerifier({ jwtSecret: SECRET });
    const token = await new SignJWT({ roles: ['editor', 'superuser'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('alice').setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
    const caller = await verifier.caller(`Bearer ${token}`);
    expect(caller.viewer).toEqual({ subject: 'alice', roles: ['editor'] });
    expect(caller.has('reader')).toBe(true);
    expect(caller.has('admin')).toBe(false);
  });

  test.each([
    ['no subject', async () => new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setIssuer('ree-graph').setExpirationTime('1h').sign(new TextEncoder().encode(SECRET)), /no subject/],
    ['the "none" algorithm', async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","roles":["admin"]}').toString('base64url')}.x`, /could not be verified|algorithm/],
    ['another issuer than the configured one', async () => mintToken(SECRET, { subject: 'x', roles: ['admin'], hours: 1, issuer: 'someone-else' }), /iss claim/],
  ])('when a token has %s, then it is refused with a reason', async (_case, token, reason) => {
    const verifier = new TokenVerifier({ jwtSecret: SECRET, issuer: 'ree-graph' });
    const caller = await verifier.caller(`Bearer ${await token()}`);
    expect(caller.viewer).toBeUndefined();
    expect(caller.tokenProblem).toMatch(reason);
    expect(() => caller.require('reader', 'reading')).toThrow(/refused/);
  });

  test('when no token is configured on the service, then a write explains how to enable tokens', () => {
    const verifier = new TokenVerifier({});
    return verifier.caller(undefined).then((caller) => expect(() => caller.require('editor', 'upsertEntity')).toThrow(/no JWT_SECRET or JWKS_URL/));
  });

  describe('with keys published at JWKS_URL (an identity provider)', () => {
    let server: http.Server;
    let jwksUrl: string;
    let privateKey: CryptoKey;
    beforeAll(async () => {
      const pair = await generateKeyPair('RS256');
      privateKey = pair.privateKey as CryptoKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
      server = http.createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    test('when a token is signed by the published key, then it is accepted; signed by another key, refused', async () => {
      const verifier = new TokenVerifier({ jwksUrl, audience: 'ree-graph' });
      const good = await new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'RS256', kid: 'key-1' }).setSubject('ops@example.org').setAudience('ree-graph').setExpirationTime('5m').sign(privateKey);
      expect((await verifier.caller(`Bearer ${good}`)).viewer).toEqual({ subject: 'ops@example.org', roles: ['admin'] });
      const stranger = (await generateKeyPair('RS256')).privateKey;
      const forged = await new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'RS256', kid: 'key-1' }).setSubject('mallory').setAudience('ree-graph').setExpirationTime('5m').sign(stranger);
      expect((await verifier.caller(`Bearer ${forged}`)).tokenProblem).toMatch(/signature/);
    });
  });
});
