import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formValidator, safeFieldNames } from "./form-validator";

describe("safeFieldNames", () => {
  it("accepts the names the app's forms use", () => {
    expect(safeFieldNames(["title", "sort", "items[0].id", "items[0].minutesText", "items[12].version", "languages", "languages", "__rvfInternalFormId"])).toBe(true);
  });

  it.each([
    ["a prototype key", ["__proto__[x]"]],
    ["constructor as a path", ["constructor[prototype][x]"]],
    ["a plain field named constructor", ["constructor"]],
    ["a built-in inside a path", ["toString.x"]],
    ["a list's length", ["items[0].id", "items.length"]],
    ["an index in the millions", ["items[99999999].id"]],
    ["a field that is also a list", ["title", "title[5]"]],
    ["a field that is also an object", ["title", "title.x"]],
    ["a path deeper than any form", [Array.from({ length: 20 }, () => "a").join(".")]],
  ])("refuses %s", (_, names) => {
    expect(safeFieldNames(names)).toBe(false);
  });
});

describe("formValidator", () => {
  const validator = formValidator(z.object({ title: z.string().min(1) }));

  it("validates plain form data as withZod does", async () => {
    const form = new FormData();
    form.set("title", "Sitzung");
    expect((await validator.validate(form)).data).toEqual({ title: "Sitzung" });
  });

  it("answers forged field names as invalid input instead of throwing or allocating", async () => {
    for (const name of ["__proto__[x]", "items[99999999].id", "title[3]"]) {
      const form = new FormData();
      form.set("title", "Sitzung");
      form.set(name, "1");
      const result = await validator.validate(form);
      expect(result.error, name).toEqual({ fieldErrors: {} });
      expect(result.submittedData).toEqual({});
    }
  });
});

describe("the app's validators", () => {
  it("are all built with formValidator, never with withZod directly", () => {
    const files = execFileSync("git", ["grep", "-l", "withZod(", "--", "app", ":!*.test.ts"], { encoding: "utf8" }).trim().split("\n");
    expect(files).toEqual(["app/components/form-validator.ts"]);
  });
});
