import type { Metadata } from "next";
import { ApiReference } from "@/components/api-docs/api-reference";

export const metadata: Metadata = { title: "API reference · Orderboard" };

/** The reference of the REST API, rendered from /api/v1/openapi.json. */
export default function Page() {
  return <ApiReference />;
}
