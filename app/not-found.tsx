import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p role="alert" className="mt-3">
        There is no such page or store.
      </p>
      <ButtonLink href="/" className="mt-6">
        Go to my stores
      </ButtonLink>
    </main>
  );
}
