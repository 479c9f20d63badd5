/**
 * `npm run token -- --role editor|admin|reader [--sub <who>] [--hours <n>]`
 * Prints a development bearer token (HS256, signed with JWT_SECRET) on stdout, notes on stderr,
 * so `TOKEN=$(npm run -s token -- --role admin)` works. Without a JWT_SECRET it creates one in
 * .env (git-ignored) first; restart `npm start` so the service reads it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mintToken } from '../src/auth/tokens';
import { ROLES, type Role } from '../src/auth/viewer';
import { loadConfig, PROJECT_ROOT } from '../src/config';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { role: { type: 'string', default: 'editor' }, sub: { type: 'string', default: `dev:${os.userInfo().username}` }, hours: { type: 'string', default: '12' } },
  });
  const role = values.role as Role;
  if (!(ROLES as readonly string[]).includes(role)) {
    console.error(`token: --role must be one of ${ROLES.join(', ')}`);
    return 1;
  }
  const hours = Number(values.hours);
  if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 30) {
    console.error('token: --hours must be a whole number between 1 and 720');
    return 1;
  }
  const config = loadConfig();
  let secret = config.auth.jwtSecret;
  if (!secret) {
    if (config.auth.jwksUrl) {
      console.error('token: this service verifies tokens against JWKS_URL; get a token from that identity provider.');
      return 1;
    }
    secret = crypto.randomBytes(48).toString('base64url');
    const envFile = path.join(PROJECT_ROOT, '.env');
    fs.appendFileSync(envFile, `${fs.existsSync(envFile) && !fs.readFileSync(envFile, 'utf8').endsWith('\n') ? '\n' : ''}# Development token secret, created by npm run token\nJWT_SECRET=${secret}\n`);
    console.error('token: no JWT_SECRET was set; one was written to .env. Restart `npm start` so the service uses it.');
  }
  const token = await mintToken(secret, { subject: values.sub, roles: [role], hours, issuer: config.auth.issuer, audience: config.auth.audience });
  console.error(`token: role ${role}, subject ${values.sub}, valid ${hours} h. Send it as "Authorization: Bearer <token>".`);
  console.log(token);
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    console.error(`token: ${error.message}`);
    process.exit(1);
  });
