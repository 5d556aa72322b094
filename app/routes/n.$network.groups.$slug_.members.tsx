import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { ValidatedForm, validationError } from "remix-validated-form";
import { ErrorSummary, FormMessage, SelectField, SubmitButton } from "~/components/forms";
import { DataTable } from "~/components/data-table";
import {
  addOrganisationMembership,
  addPersonMembership,
  changeMembershipTier,
  membershipPageData,
  removeMembership,
  requireManagedGroup,
  type ManagedGroup,
} from "~/groups/memberships.server";
import { Link } from "~/components/link";
import type { GroupMemberRow } from "~/groups/groups.server";
import {
  addOrganisationValidator,
  addPersonValidator,
  changeTierSchema,
  membershipTiers,
  removeMembershipSchema,
} from "~/groups/schemas";
import { isOrganisationKind } from "~/organisations/kinds";
import { useT } from "~/i18n/use-translation";

// Named `$slug_` so that this page is not nested in the group page (which has no <Outlet/>).

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Mitgliedschaften ${data?.group.name ?? ""} – Netzwerkstatt` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const ctx = await requireManagedGroup(request, params.network, params.slug);
  return { networkSlug: ctx.viewer.networkSlug, group: ctx.group, ...(await membershipPageData(ctx)) };
}

const done = (ctx: ManagedGroup, what: "added" | "changed" | "removed") =>
  redirect(`/n/${ctx.viewer.networkSlug}/groups/${ctx.group.slug}/members?done=${what}`);

const badRequest = () => new Response("Bad Request", { status: 400 });

async function addOrganisation(ctx: ManagedGroup, form: FormData) {
  const result = await addOrganisationValidator.validate(form);
  if (result.error) return validationError(result.error, result.submittedData);
  const outcome = await addOrganisationMembership(ctx, result.data.organisationId, result.data.organisationTier);
  if (!outcome.ok) {
    return validationError({ fieldErrors: { organisationId: "memberships.alreadyMember" }, formId: result.formId }, result.submittedData);
  }
  throw done(ctx, "added");
}

async function addPerson(ctx: ManagedGroup, form: FormData) {
  const result = await addPersonValidator.validate(form);
  if (result.error) return validationError(result.error, result.submittedData);
  const outcome = await addPersonMembership(ctx, result.data.userId, result.data.personTier);
  if (!outcome.ok) {
    return validationError({ fieldErrors: { userId: "memberships.alreadyMember" }, formId: result.formId }, result.submittedData);
  }
  throw done(ctx, "added");
}

async function changeTier(ctx: ManagedGroup, form: FormData) {
  // Buttons with hidden fields only: anything malformed did not come from the page.
  const parsed = changeTierSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) throw badRequest();
  await changeMembershipTier(ctx, parsed.data.membershipId, parsed.data.tier);
  throw done(ctx, "changed");
}

async function remove(ctx: ManagedGroup, form: FormData) {
  const parsed = removeMembershipSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) throw badRequest();
  await removeMembership(ctx, parsed.data.membershipId);
  throw done(ctx, "removed");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const ctx = await requireManagedGroup(request, params.network, params.slug);
  const form = await request.formData();
  switch (form.get("intent")) {
    case "addOrganisation":
      return addOrganisation(ctx, form);
    case "addPerson":
      return addPerson(ctx, form);
    case "changeTier":
      return changeTier(ctx, form);
    case "remove":
      return remove(ctx, form);
    default:
      throw badRequest();
  }
}

function MemberTable({ members, networkSlug, caption }: { members: GroupMemberRow[]; networkSlug: string; caption: string }) {
  const t = useT();
  if (members.length === 0) return <p>{t("groups.noMembers")}</p>;
  return (
    <DataTable columns={[t("memberships.name"), t("orgs.kind"), t("memberships.actions")]} caption={caption}>
      {members.map((m) => {
        const otherTier = m.tier === "preparation" ? "member" : "preparation";
        const moveLabel = otherTier === "preparation" ? t("memberships.toPreparation") : t("memberships.toMembers");
        return (
          <tr key={m.membershipId}>
            <th scope="row">
              {m.organisationId ? <Link to={`/n/${networkSlug}/organisations/${m.organisationId}`}>{m.name}</Link> : m.name}
            </th>
            <td>{m.kind ? (isOrganisationKind(m.kind) ? t(`orgKind.${m.kind}`) : m.kind) : t("groups.person")}</td>
            <td>
              <div className="actions">
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="changeTier" />
                  <input type="hidden" name="membershipId" value={m.membershipId} />
                  <input type="hidden" name="tier" value={otherTier} />
                  <button type="submit" className="button" aria-label={`${moveLabel}: ${m.name}`}>
                    {moveLabel}
                  </button>
                </Form>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="membershipId" value={m.membershipId} />
                  <button type="submit" className="button button--danger" aria-label={`${t("memberships.remove")}: ${m.name}`}>
                    {t("memberships.remove")}
                  </button>
                </Form>
              </div>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

export default function GroupMembershipsPage() {
  const { networkSlug, group, members, organisations, people } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const t = useT();
  const doneKey = params.get("done");
  const doneMessage =
    doneKey === "added" ? t("memberships.done.added") : doneKey === "changed" ? t("memberships.done.changed") : doneKey === "removed" ? t("memberships.done.removed") : null;
  const tierOptions = membershipTiers.map((tier) => ({ value: tier, label: tier === "preparation" ? t("groups.preparation") : t("groups.members") }));
  return (
    <>
      <p>
        <Link to={`/n/${networkSlug}/groups/${group.slug}`}>{t("memberships.backToGroup", { name: group.name })}</Link>
      </p>
      <h1>{t("memberships.pageTitle", { name: group.name })}</h1>
      <FormMessage tone="success" message={doneMessage} />

      <section className="card" aria-labelledby="tier-preparation">
        <h2 id="tier-preparation">{t("groups.preparation")}</h2>
        <MemberTable members={members.filter((m) => m.tier === "preparation")} networkSlug={networkSlug} caption={t("memberships.preparationHint")} />
      </section>
      <section className="card" aria-labelledby="tier-member">
        <h2 id="tier-member">{t("groups.members")}</h2>
        <MemberTable members={members.filter((m) => m.tier === "member")} networkSlug={networkSlug} caption={t("memberships.membersHint")} />
      </section>

      <div className="grid">
        <section className="card" aria-labelledby="add-organisation-title">
          <h2 id="add-organisation-title">{t("memberships.addOrganisation")}</h2>
          {organisations.length === 0 ? (
            <p>{t("memberships.noOrganisationsLeft")}</p>
          ) : (
            <ValidatedForm
              id="add-organisation"
              validator={addOrganisationValidator}
              method="post"
              defaultValues={{ intent: "addOrganisation", organisationId: "", organisationTier: "member" }}
              noValidate
            >
              <ErrorSummary labels={{ organisationId: t("memberships.organisation"), organisationTier: t("memberships.tier") }} />
              <input type="hidden" name="intent" value="addOrganisation" />
              <SelectField
                name="organisationId"
                label={t("memberships.organisation")}
                required
                placeholder={t("memberships.choose")}
                options={organisations.map((o) => ({ value: String(o.id), label: o.short_name ? `${o.name} (${o.short_name})` : o.name }))}
              />
              <SelectField name="organisationTier" label={t("memberships.tier")} required options={tierOptions} />
              <SubmitButton>{t("memberships.add")}</SubmitButton>
            </ValidatedForm>
          )}
        </section>
        <section className="card" aria-labelledby="add-person-title">
          <h2 id="add-person-title">{t("memberships.addPerson")}</h2>
          <p className="muted">{t("memberships.addPersonHint")}</p>
          {people.length === 0 ? (
            <p>{t("memberships.noPeopleLeft")}</p>
          ) : (
            <ValidatedForm
              id="add-person"
              validator={addPersonValidator}
              method="post"
              defaultValues={{ intent: "addPerson", userId: "", personTier: "member" }}
              noValidate
            >
              <ErrorSummary labels={{ userId: t("memberships.person"), personTier: t("memberships.tier") }} />
              <input type="hidden" name="intent" value="addPerson" />
              <SelectField
                name="userId"
                label={t("memberships.person")}
                required
                placeholder={t("memberships.choose")}
                options={people.map((p) => ({ value: String(p.id), label: `${p.name} (${p.email})` }))}
              />
              <SelectField name="personTier" label={t("memberships.tier")} required options={tierOptions} />
              <SubmitButton>{t("memberships.add")}</SubmitButton>
            </ValidatedForm>
          )}
        </section>
      </div>
    </>
  );
}
