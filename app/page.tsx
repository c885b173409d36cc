import { StorePicker } from "@/components/store-picker";

export default function HomePage() {
  return <StorePicker />;
}
