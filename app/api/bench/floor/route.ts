import { errorResponse, respond } from "@/server/rest/respond";
import { benchFloorOpen, insertFloorRow } from "@/server/services/bench-floor";

export const dynamic = "force-dynamic";

/** The benchmark's floor: a route that only inserts. Not there (404) unless the server was started for the benchmark. */
export function POST(request: Request) {
  return respond(request, async () => {
    if (!benchFloorOpen()) return errorResponse(404, "NOT_FOUND", "There is no such route");
    await insertFloorRow(new URL(request.url).searchParams.get("store") ?? "mission");
    return new Response(null, { status: 201 });
  });
}
