import { describe, expect, it } from "vitest";
import { oncePerRequest, runInRequestScope } from "./request-scope.server";

const copyOf = () => new Request("http://localhost/n/demo");

describe("oncePerRequest", () => {
  it("computes once for all copies of the request inside one scope", async () => {
    let calls = 0;
    const compute = () => ++calls;
    const results = await runInRequestScope(async () => [oncePerRequest(copyOf(), "k", compute), await Promise.resolve().then(() => oncePerRequest(copyOf(), "k", compute))]);
    expect(results).toEqual([1, 1]);
  });

  it("does not share between requests", () => {
    let calls = 0;
    const compute = () => ++calls;
    expect(runInRequestScope(() => oncePerRequest(copyOf(), "k", compute))).toBe(1);
    expect(runInRequestScope(() => oncePerRequest(copyOf(), "k", compute))).toBe(2);
  });

  it("keeps the result per Request object without a scope", () => {
    let calls = 0;
    const compute = () => ++calls;
    const request = copyOf();
    expect([oncePerRequest(request, "k", compute), oncePerRequest(request, "k", compute), oncePerRequest(copyOf(), "k", compute)]).toEqual([1, 1, 2]);
  });
});
