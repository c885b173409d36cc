import { canUseStore, hasAbility, type Ability, type Principal } from "@/server/domain/access";
import { Forbidden, NotSignedIn } from "@/server/domain/errors";
import { authenticateToken } from "@/server/services/api-tokens";

/** The integrator behind `Authorization: Bearer <token>`, if the token may do `ability`. */
export function requireToken(request: Request, ability: Ability): Principal {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new NotSignedIn("Send an API token as Authorization: Bearer <token>");
  const principal = authenticateToken(match[1]!);
  if (!principal) throw new NotSignedIn("This API token is not valid or has been revoked");
  if (!hasAbility(principal, ability)) throw new Forbidden(`This API token lacks the ${ability} ability`);
  return principal;
}

export function requireStoreAccess(principal: Principal, storeId: string) {
  if (!canUseStore(principal, storeId)) throw new Forbidden(`This API token is limited to another store`);
}
