import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-bold">You do not have access to this page</h1>
      <p role="alert" className="mt-3">
        This store or page belongs to someone else&apos;s role or store. Ask a manager if you think you should have access.
      </p>
      <div className="mt-6 flex gap-3">
        <Link href="/" className="inline-flex min-h-11 items-center rounded-lg border border-line px-4">
          Go to my stores
        </Link>
        <Link href="/sign-in" className="inline-flex min-h-11 items-center rounded-lg border border-line px-4">
          Sign in as someone else
        </Link>
      </div>
    </main>
  );
}
