import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { FormMessage } from "~/components/forms";
import { useT } from "~/i18n/use-translation";
import { findNetworkBySlug, setPublicOffers } from "~/offers/offers.server";

export const meta: MetaFunction = () => [{ title: "Einstellungen – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const network = await findNetworkBySlug(viewer.networkSlug);
  return { networkSlug: viewer.networkSlug, publicOffers: network?.public_offers === 1 };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const form = await request.formData();
  await setPublicOffers(viewer, form.get("publicOffers") === "1");
  throw redirect(`/n/${viewer.networkSlug}/admin/settings?saved=1`);
}

export default function NetworkSettings() {
  const { publicOffers } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const t = useT();
  return (
    <>
      <h1>{t("offers.settings.title")}</h1>
      {params.get("saved") ? <FormMessage tone="success" message={t("offers.settings.saved")} /> : null}
      <Form method="post" className="card">
        <fieldset className="field">
          <legend>{t("offers.settings.public")}</legend>
          <p id="public-offers-hint" className="field__hint">{t("offers.settings.publicHint")}</p>
          <label className="checkbox">
            <input type="checkbox" name="publicOffers" value="1" defaultChecked={publicOffers} aria-describedby="public-offers-hint" />{" "}
            {t("offers.settings.publicOn")}
          </label>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button button--primary">{t("app.save")}</button>
        </div>
      </Form>
    </>
  );
}
