import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import type { DomainErrorCode } from "@/server/domain/errors";

/** The one mapping of domain refusals to transport codes, used by tRPC and REST alike. */
export const ERROR_STATUS: Record<DomainErrorCode, { http: number; trpc: TRPC_ERROR_CODE_KEY }> = {
  ORDER_NOT_FOUND: { http: 404, trpc: "NOT_FOUND" },
  ITEM_NOT_FOUND: { http: 404, trpc: "NOT_FOUND" },
  STORE_NOT_FOUND: { http: 404, trpc: "NOT_FOUND" },
  TRANSITION_REFUSED: { http: 409, trpc: "CONFLICT" },
  VERSION_CONFLICT: { http: 409, trpc: "CONFLICT" },
  INVALID_ORDER: { http: 422, trpc: "UNPROCESSABLE_CONTENT" },
  NOT_SIGNED_IN: { http: 401, trpc: "UNAUTHORIZED" },
  FORBIDDEN: { http: 403, trpc: "FORBIDDEN" },
  WRONG_PIN: { http: 401, trpc: "UNAUTHORIZED" },
  TOO_MANY_ATTEMPTS: { http: 429, trpc: "TOO_MANY_REQUESTS" },
  NOT_FOUND: { http: 404, trpc: "NOT_FOUND" },
  INVALID_REQUEST: { http: 422, trpc: "UNPROCESSABLE_CONTENT" },
  ORDER_EXISTS: { http: 409, trpc: "CONFLICT" },
  DUPLICATE: { http: 409, trpc: "CONFLICT" },
};
