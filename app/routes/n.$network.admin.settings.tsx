import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { ValidatedForm, validationError } from "remix-validated-form";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { isCalendarPublic, setPublicCalendar } from "~/calendar/access.server";
import { FormMessage, SubmitButton, TextField } from "~/components/forms";
import { useT } from "~/i18n/use-translation";
import { findNetworkBySlug } from "~/networks/networks.server";
import { setPublicOffers } from "~/offers/offers.server";
import { WAIT_DAYS_FORM_ID, waitDaysValidator } from "~/work-packages/schemas";
import { setWaitLimit, waitLimit } from "~/work-packages/work-packages.server";

export const meta: MetaFunction = () => [{ title: "Einstellungen – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const [network, publicCalendar, waitDays] = await Promise.all([
    findNetworkBySlug(viewer.networkSlug),
    isCalendarPublic(viewer.networkId),
    waitLimit(viewer.networkId),
  ]);
  return { networkSlug: viewer.networkSlug, publicOffers: network?.public_offers === 1, publicCalendar, waitDays };
}

// One form per setting, dispatched on `intent`; a post without intent is the offer board's
// form (its original shape).
export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const form = await request.formData();
  const intent = form.get("intent") ?? "offers";
  if (intent === "offers") {
    await setPublicOffers(viewer, form.get("publicOffers") === "1");
  } else if (intent === "calendar") {
    await setPublicCalendar(viewer, form.get("publicCalendar") === "1");
  } else if (intent === "workPackages") {
    const result = await waitDaysValidator.validate(form);
    if (result.error) return validationError(result.error, result.submittedData);
    await setWaitLimit(viewer, result.data.workPackageWaitDays);
  } else {
    throw new Response("Bad Request", { status: 400 });
  }
  throw redirect(`/n/${viewer.networkSlug}/admin/settings?saved=1`);
}

/** One switch that opens part of the network to the public, in a form of its own. */
function PublicToggleForm(props: { intent: string; name: string; checked: boolean; legend: string; hint: string; label: string }) {
  const t = useT();
  const hintId = `${props.name}-hint`;
  return (
    <Form method="post" className="card">
      <input type="hidden" name="intent" value={props.intent} />
      <fieldset className="field">
        <legend>{props.legend}</legend>
        <p id={hintId} className="field__hint">{props.hint}</p>
        <label className="checkbox">
          <input type="checkbox" name={props.name} value="1" defaultChecked={props.checked} aria-describedby={hintId} /> {props.label}
        </label>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button--primary">{t("app.save")}</button>
      </div>
    </Form>
  );
}

export default function NetworkSettings() {
  const { publicOffers, publicCalendar, waitDays } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const t = useT();
  return (
    <>
      <h1>{t("offers.settings.title")}</h1>
      {params.get("saved") ? <FormMessage tone="success" message={t("offers.settings.saved")} /> : null}
      <PublicToggleForm
        intent="offers"
        name="publicOffers"
        checked={publicOffers}
        legend={t("offers.settings.public")}
        hint={t("offers.settings.publicHint")}
        label={t("offers.settings.publicOn")}
      />
      <PublicToggleForm
        intent="calendar"
        name="publicCalendar"
        checked={publicCalendar}
        legend={t("calendar.settings.public")}
        hint={t("calendar.settings.publicHint")}
        label={t("calendar.settings.publicOn")}
      />

      <ValidatedForm
        id={WAIT_DAYS_FORM_ID}
        validator={waitDaysValidator}
        method="post"
        defaultValues={{ workPackageWaitDays: waitDays }}
        noValidate
        className="card"
      >
        <h2>{t("workPackages.settings.title")}</h2>
        <input type="hidden" name="intent" value="workPackages" />
        <TextField
          formId={WAIT_DAYS_FORM_ID}
          name="workPackageWaitDays"
          type="number"
          required
          label={t("workPackages.settings.waitDays")}
          hint={t("workPackages.settings.waitDaysHint")}
        />
        <div className="actions">
          <SubmitButton formId={WAIT_DAYS_FORM_ID}>{t("app.save")}</SubmitButton>
        </div>
      </ValidatedForm>
    </>
  );
}
