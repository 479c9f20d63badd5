import { ForbiddenError, UnauthenticatedError } from '../errors';

/** What a request may do. Roles nest: an admin may do what an editor may, an editor what a reader may. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

/** Who is calling, from a verified bearer token. */
export interface Viewer {
  /** The token's `sub`: recorded as the actor of every write. */
  subject: string;
  roles: Role[];
}

/**
 * The caller of one request: anonymous, a verified viewer, or a token that failed verification
 * (kept so the request is refused with UNAUTHENTICATED rather than treated as anonymous).
 */
export class Caller {
  constructor(
    readonly viewer: Viewer | undefined,
    readonly tokenProblem: string | undefined,
    private readonly writesConfigured: boolean,
  ) {}

  static anonymous(writesConfigured = true): Caller {
    return new Caller(undefined, undefined, writesConfigured);
  }

  has(role: Role): boolean {
    return Boolean(this.viewer?.roles.some((held) => RANK[held] >= RANK[role]));
  }

  /** Throws UNAUTHENTICATED (no or bad token) or FORBIDDEN (role too low); returns the viewer. */
  require(role: Role, action: string): Viewer {
    if (this.tokenProblem) throw new UnauthenticatedError(`The bearer token was refused: ${this.tokenProblem}.`);
    if (!this.viewer) {
      const hint = this.writesConfigured ? '' : ' This service has no JWT_SECRET or JWKS_URL, so it accepts no tokens yet (see README, Security).';
      throw new UnauthenticatedError(`${action} needs a bearer token (Authorization: Bearer <JWT>) with role ${role}.${hint}`);
    }
    if (!this.has(role)) throw new ForbiddenError(`${action} needs role ${role}; the token has ${this.viewer.roles.join(', ') || 'no role'}.`, { required: role });
    return this.viewer;
  }
}
