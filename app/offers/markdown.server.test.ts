import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown.server";

describe("renderMarkdown", () => {
  it("renders Markdown", () => {
    expect(renderMarkdown("**fett** und *kursiv*\n\n- eins")).toContain("<strong>fett</strong>");
  });

  it("escapes HTML: no script, no iframe, no event handlers", () => {
    const html = renderMarkdown('<script>alert(1)</script><iframe src="https://evil.example"></iframe><img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<iframe|<img/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("refuses javascript: links and gives links rel=noopener", () => {
    expect(renderMarkdown("[x](javascript:alert(1))")).not.toContain('href="javascript:');
    expect(renderMarkdown("[Halle](https://www.halle.de/)")).toContain('rel="noopener noreferrer nofollow"');
  });

  it("loads no images", () => {
    expect(renderMarkdown("![bild](https://tracker.example/pixel.png)")).not.toContain("<img");
  });
});
