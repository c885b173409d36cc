import { ButtonLink } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-bold">You do not have access to this page</h1>
      <p role="alert" className="mt-3">
        This store or page belongs to someone else&apos;s role or store. Ask a manager if you think you should have access.
      </p>
      <div className="mt-6 flex gap-3">
        <ButtonLink href="/">
          Go to my stores
        </ButtonLink>
        <ButtonLink href="/sign-in">
          Sign in as someone else
        </ButtonLink>
      </div>
    </main>
  );
}
