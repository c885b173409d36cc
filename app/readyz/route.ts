import { readiness } from "@/server/services/readiness";

export const dynamic = "force-dynamic";

/** Readiness, for a load balancer: 200 while this instance should get requests, 503 with the reason while it should not. */
export async function GET() {
  const state = await readiness();
  const body = state.ready ? { status: "ready", migrations: state.migrations } : { status: "not_ready", reason: state.reason };
  return Response.json(body, { status: state.ready ? 200 : 503, headers: { "cache-control": "no-store" } });
}
