import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFound } from "~/auth/authorize.server";
import { formatDate } from "~/i18n/format";
import { useLocale, useT } from "~/i18n/use-translation";
import { findNetworkBySlug } from "~/networks/networks.server";
import { legalPage } from "~/privacy/legal.server";
import { legalPageKinds } from "~/privacy/schemas";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.kind === "imprint" ? "Impressum" : "Datenschutz"} – ${data?.networkName ?? "Netzwerkstatt"}` },
];

// Datenschutz and Impressum of a network: public, for members and anonymous visitors alike.
export async function loader({ params }: LoaderFunctionArgs) {
  const kind = legalPageKinds.find((k) => k === params.kind);
  const network = await findNetworkBySlug(params.network);
  if (!kind || !network) notFound();
  return { kind, networkName: network.name, ...(await legalPage(network, kind)) };
}

export default function LegalPage() {
  const { kind, networkName, html, isDefault, updatedAt } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>
        {t(kind === "imprint" ? "legal.imprint" : "legal.privacy")} – {networkName}
      </h1>
      {isDefault ? <p className="notice notice--info">{t("legal.defaultNotice")}</p> : null}
      <div className="card offer-body" lang="de" dangerouslySetInnerHTML={{ __html: html }} />
      {updatedAt ? <p className="muted">{t("legal.updatedAt", { date: formatDate(updatedAt, locale) })}</p> : null}
    </>
  );
}
