import { GeneralErrorBoundary } from "~/components/error-boundary";

// Unknown addresses answer 404 through a route of their own, so server and browser
// render the same error page (no hydration mismatch).
export async function loader() {
  throw new Response("Not Found", { status: 404 });
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return (
    <main id="main" className="page">
      <GeneralErrorBoundary />
    </main>
  );
}
