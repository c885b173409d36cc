import { respond } from "@/server/rest/respond";
import { openApiDocument } from "@/server/rest/openapi";

/** The API's description, for tools and for the reference at /api/docs. */
export function GET(request: Request) {
  return respond(request, () => Response.json(openApiDocument(new URL(request.url).origin)));
}
