/**
 * Bearer tokens for tests that call write operations. The hardening tests send every Mutation with
 * `Authorization: Bearer <bearerFor('admin')>`; while this returns undefined they are sent without
 * a token and must be refused. Once JWT auth exists, return a token for the role here (e.g. minted
 * with the service's own signing helper) and the hostile-input corpus reaches the mutations too.
 */
export async function bearerFor(_role: 'editor' | 'admin'): Promise<string | undefined> {
  return undefined;
}
