import { useT } from "~/i18n/use-translation";
import { Link } from "./link";

/**
 * "Page 2 of 9" with links to the previous and next page, as a labelled navigation landmark.
 * `hrefOf` gives a page's URL (usually a query string that keeps the list's filters).
 */
export function Pagination({ label, page, pageCount, hrefOf }: { label: string; page: number; pageCount: number; hrefOf: (page: number) => string }) {
  const t = useT();
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="pagination">
      <p>{t("pagination.page", { page, pages: pageCount })}</p>
      <p>
        {page > 1 ? <Link to={hrefOf(page - 1)} rel="prev">{t("pagination.previous")}</Link> : null}{" "}
        {page < pageCount ? <Link to={hrefOf(page + 1)} rel="next">{t("pagination.next")}</Link> : null}
      </p>
    </nav>
  );
}
