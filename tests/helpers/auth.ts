import { mintToken } from '../../src/auth/tokens';
import type { Role } from '../../src/auth/viewer';

/** The HS256 secret the write tests' service verifies tokens with. */
export const TEST_JWT_SECRET = 'ree-graph-test-secret-0123456789abcdef';

/** A bearer token for a role, signed with TEST_JWT_SECRET (start the API with JWT_SECRET set to it). */
export async function bearerFor(role: Role, subject = `test-${role}`): Promise<string> {
  return mintToken(TEST_JWT_SECRET, { subject, roles: [role], hours: 1 });
}

export const authorization = (token: string) => ({ authorization: `Bearer ${token}` });
