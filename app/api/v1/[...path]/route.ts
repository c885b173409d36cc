import { handleRest } from "@/server/rest/rest-handler";

// The front door answers the API from the moment the server has started (server/rest/rest-door.ts);
// this route answers what arrives before it opens.
export const dynamic = "force-dynamic";

export { handleRest as GET, handleRest as POST, handleRest as PATCH, handleRest as PUT, handleRest as DELETE };
