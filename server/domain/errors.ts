import type { OrderStatus } from "./order-status";

export type DomainErrorCode =
  | "ORDER_NOT_FOUND"
  | "ITEM_NOT_FOUND"
  | "STORE_NOT_FOUND"
  | "TRANSITION_REFUSED"
  | "VERSION_CONFLICT"
  | "INVALID_ORDER"
  | "NOT_SIGNED_IN"
  | "FORBIDDEN"
  | "WRONG_PIN"
  | "TOO_MANY_ATTEMPTS"
  | "NOT_FOUND"
  | "INVALID_REQUEST"
  | "ORDER_EXISTS"
  | "DUPLICATE";

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
}

export class OrderNotFound extends DomainError {
  readonly code = "ORDER_NOT_FOUND";
  constructor(readonly orderId: number) {
    super(`Order ${orderId} does not exist`);
  }
}

export class ItemNotFound extends DomainError {
  readonly code = "ITEM_NOT_FOUND";
  constructor(itemId: number, orderId: number) {
    super(`Item ${itemId} is not on order ${orderId}`);
  }
}

export class StoreNotFound extends DomainError {
  readonly code = "STORE_NOT_FOUND";
  constructor(readonly storeId: string) {
    super(`Store "${storeId}" does not exist`);
  }
}

/** A move the order's status does not allow; `current` is the order as it stands now. */
export class TransitionRefused extends DomainError {
  readonly code = "TRANSITION_REFUSED";
  current: unknown = undefined;
  constructor(
    readonly from: OrderStatus,
    readonly to: OrderStatus,
    message: string,
  ) {
    super(message);
  }
}

/** Someone else changed the order first; `current` is the order as they left it. */
export class VersionConflict extends DomainError {
  readonly code = "VERSION_CONFLICT";
  constructor(readonly current: unknown) {
    super("Someone else changed this order first");
  }
}

/**
 * A problem a screen in another language can say in its own words: which one, and the values its
 * words take. The English `message` stays the most precise wording, and the one the REST API gives.
 */
export type ProblemWords = { code: "ITEM_GONE"; values: { item: number } } | { code: "QUANTITY_UNCHANGED"; values: { name: string; quantity: number } } | { code: "LAST_ITEM"; values?: undefined };
export type OrderProblem = { path: (string | number)[]; message: string; words?: ProblemWords };

/** Well-formed input that does not make a valid order (money that does not add up, unknown store). */
export class InvalidOrder extends DomainError {
  readonly code = "INVALID_ORDER";
  constructor(readonly problems: OrderProblem[]) {
    super(problems.map((p) => p.message).join("; "));
  }
}

/** No valid session or token: the caller must sign in (or send a valid Bearer token). */
export class NotSignedIn extends DomainError {
  readonly code = "NOT_SIGNED_IN";
  constructor(message = "Sign in to continue") {
    super(message);
  }
}

/** Signed in, but this store or action is not theirs. */
export class Forbidden extends DomainError {
  readonly code = "FORBIDDEN";
}

/** Deliberately says nothing about whether the person exists or is active. */
export class WrongPin extends DomainError {
  readonly code = "WRONG_PIN";
  constructor(readonly retryAfterMs: number) {
    super(retryAfterMs > 0 ? `That PIN is not right. Wait ${Math.ceil(retryAfterMs / 1000)} s before trying again.` : "That PIN is not right. Try again.");
  }
}

export class TooManyAttempts extends DomainError {
  readonly code = "TOO_MANY_ATTEMPTS";
  constructor(readonly retryAfterMs: number) {
    super(`Too many wrong PINs. Wait ${Math.ceil(retryAfterMs / 1000)} s before trying again.`);
  }
}

/** Something other than an order or a store that is not there (an employee, a token). */
export class NotFound extends DomainError {
  readonly code = "NOT_FOUND";
}

/** Well-formed input the rules refuse (a role you may not give, a store you do not manage). */
export class InvalidRequest extends DomainError {
  readonly code = "INVALID_REQUEST";
}

/** Something of that name (or key) is there already. */
export class Duplicate extends DomainError {
  readonly code = "DUPLICATE";
}

/**
 * The order is already here by another way in (a platform's own delivery), or was here and has been
 * deleted: said without showing it. `orderId` names a deleted one.
 */
export class OrderExists extends DomainError {
  readonly code = "ORDER_EXISTS";
  constructor(
    message: string,
    readonly orderId: number | null = null,
  ) {
    super(message);
  }
}
