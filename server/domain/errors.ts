import type { OrderStatus } from "./order-status";

export type DomainErrorCode =
  | "ORDER_NOT_FOUND"
  | "STORE_NOT_FOUND"
  | "TRANSITION_REFUSED"
  | "VERSION_CONFLICT"
  | "INVALID_ORDER";

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
}

export class OrderNotFound extends DomainError {
  readonly code = "ORDER_NOT_FOUND";
  constructor(readonly orderId: number) {
    super(`Order ${orderId} does not exist`);
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

export type OrderProblem = { path: (string | number)[]; message: string };

/** Well-formed input that does not make a valid order (money that does not add up, unknown store). */
export class InvalidOrder extends DomainError {
  readonly code = "INVALID_ORDER";
  constructor(readonly problems: OrderProblem[]) {
    super(problems.map((p) => p.message).join("; "));
  }
}
