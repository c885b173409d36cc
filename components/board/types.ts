import type { RouterOutputs } from "@/server/trpc/root";

export type BoardData = RouterOutputs["orders"]["board"];
export type BoardOrder = BoardData["orders"][number];
export type OrderDetail = RouterOutputs["orders"]["detail"];
export type OrderEventItem = OrderDetail["events"][number];
export type BoardIssue = BoardData["issues"][number];
