import { StorePicker } from "@/components/store-picker";
import { guardPage } from "@/server/trpc/page-guard";

export default async function HomePage() {
  await guardPage({ path: "/", action: "orders.read", target: null });
  return <StorePicker />;
}
