import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p role="alert" className="mt-3">
        There is no such page or store.
      </p>
      <Link href="/" className="mt-6 inline-flex min-h-11 items-center rounded-lg border border-line px-4">
        Go to my stores
      </Link>
    </main>
  );
}
