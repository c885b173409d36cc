import { handleRest } from "@/server/rest/rest-handler";

export const dynamic = "force-dynamic";

export { handleRest as GET, handleRest as POST, handleRest as PATCH, handleRest as PUT, handleRest as DELETE };
