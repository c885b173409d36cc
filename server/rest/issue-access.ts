import type { Ability } from "@/server/domain/access";
import { getIssue } from "@/server/services/get-issue";
import { requireStoreAccess, requireToken } from "./authenticate";
import { parseId } from "./order-access";

/** The issue named in the path, if the token has the ability and reaches the issue's store. */
export function issueForToken(request: Request, issueIdParam: string, ability: Ability) {
  const principal = requireToken(request, ability);
  const issue = getIssue(parseId(issueIdParam, "An issue id"));
  requireStoreAccess(principal, issue.storeId);
  return { principal, issue };
}
