import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireUser } from "~/auth/authorize.server";
import { activeCalendarToken, createCalendarToken, revokeCalendarTokens, subscribableGroups } from "~/calendar/tokens.server";
import { FormMessage } from "~/components/forms";
import { Link } from "~/components/link";
import { formatDate } from "~/i18n/format";
import { useLocale, useT } from "~/i18n/use-translation";

// The personal calendar feed: create (the link is shown once, only its hash is stored),
// regenerate, revoke. Works without JavaScript: plain posts with an `intent`.

export const meta: MetaFunction = () => [{ title: "Kalender-Abo – Netzwerkstatt" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request);
  const active = await activeCalendarToken(user.id);
  return { active: active ? { createdAt: active.created_at } : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request);
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "revoke") {
    await revokeCalendarTokens(user.id);
    throw redirect("/profile/calendar?revoked=1");
  }
  if (intent !== "create") throw new Response("Bad Request", { status: 400 });
  const token = await createCalendarToken(user.id);
  const origin = new URL(request.url).origin;
  const groups = await subscribableGroups(user.id);
  const feedUrl = `${origin}/calendar/${token}.ics`;
  return {
    feedUrl,
    webcalUrl: feedUrl.replace(/^https?:\/\//, "webcal://"),
    groups: groups.map((g) => ({
      key: `${g.networkSlug}/${g.slug}`,
      name: g.name,
      networkName: g.networkName,
      url: `${origin}/n/${g.networkSlug}/groups/${g.slug}/calendar.ics?token=${token}`,
    })),
  };
}

export default function CalendarSubscriptionPage() {
  const { active } = useLoaderData<typeof loader>();
  const created = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  return (
    <main id="main" className="page">
      <p>
        <Link to="/profile">{t("profile.title")}</Link>
      </p>
      <h1>{t("calendar.title")}</h1>
      <p>{t("calendar.intro")}</p>
      <p>{t("calendar.secretHint")}</p>
      {params.get("revoked") && !created ? <FormMessage tone="success" message={t("calendar.revoked")} /> : null}

      {created ? (
        <section className="card" aria-labelledby="calendar-link-title" data-testid="calendar-link">
          <h2 id="calendar-link-title">{t("calendar.created")}</h2>
          <div className="field">
            <label htmlFor="calendar-https">{t("calendar.httpsLink")}</label>
            <input id="calendar-https" type="text" readOnly value={created.feedUrl} />
          </div>
          <div className="field">
            <label htmlFor="calendar-webcal">{t("calendar.webcalLink")}</label>
            <input id="calendar-webcal" type="text" readOnly value={created.webcalUrl} />
          </div>
          <p>
            <a href={created.webcalUrl}>{t("calendar.webcalOpen")}</a>
          </p>
          {created.groups.length ? (
            <details>
              <summary>{t("calendar.groupLinks")}</summary>
              <ul className="plain">
                {created.groups.map((g) => (
                  <li key={g.key}>
                    {g.name} ({g.networkName}): <a href={g.url.replace(/^https?:\/\//, "webcal://")}>webcal</a> ·{" "}
                    <a href={g.url}>https</a>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      ) : null}

      <section className="card" aria-labelledby="calendar-manage-title">
        <h2 id="calendar-manage-title">{t("calendar.title")}</h2>
        {active ? (
          <>
            <p>{t("calendar.active", { date: formatDate(active.createdAt, locale) })}</p>
            {created ? null : <p>{t("calendar.onlyOnce")}</p>}
            <Form method="post" className="actions">
              <button type="submit" className="button" name="intent" value="create">
                {t("calendar.regenerate")}
              </button>
              <button type="submit" className="button" name="intent" value="revoke">
                {t("calendar.revoke")}
              </button>
            </Form>
          </>
        ) : (
          <>
            <p>{t("calendar.none")}</p>
            <Form method="post">
              <button type="submit" className="button button--primary" name="intent" value="create">
                {t("calendar.create")}
              </button>
            </Form>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="calendar-howto-title">
        <h2 id="calendar-howto-title">{t("calendar.howTo")}</h2>
        <ul>
          <li>{t("calendar.howTo.outlook")}</li>
          <li>{t("calendar.howTo.thunderbird")}</li>
          <li>{t("calendar.howTo.google")}</li>
          <li>{t("calendar.howTo.iphone")}</li>
        </ul>
      </section>
    </main>
  );
}
