import { useNavigate } from "@remix-run/react";
import { useEffect, type AnchorHTMLAttributes } from "react";

// Links inside the app are plain anchors, navigated within the app by one click handler for
// the whole document (useAppLinkNavigation, mounted in the root). Remix's <Link> resolved its
// path and set up a click handler of its own for each link while rendering on the server:
// about 10 µs per link, a tenth of a list page (docs/decisions/020-app-links.md).

/** A link to a page of the app; `to` is a path ("/n/halle/groups") or a query ("?page=2"). */
export function Link({ to, ...props }: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { to: string }) {
  return <a href={to} data-app-link="" {...props} />;
}

/** A plain left click on an app link navigates inside the app; anything else is the browser's. */
export function useAppLinkNavigation() {
  const navigate = useNavigate();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[data-app-link]") : null;
      if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      const url = new URL(link.href);
      if (url.origin !== window.location.origin) return;
      event.preventDefault();
      navigate(url.pathname + url.search + url.hash);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [navigate]);
}
