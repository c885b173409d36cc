export const dynamic = "force-dynamic";

/** Liveness: the process answers. It asks nothing of the database, so a database outage never gets instances restarted. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
