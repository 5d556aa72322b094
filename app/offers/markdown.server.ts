import MarkdownIt from "markdown-it";

// Offer bodies are Markdown written by members. markdown-it with `html: false` escapes any
// HTML in the input (no script, no iframe, no event handlers); its link validation refuses
// javascript:, vbscript:, file: and data: URLs. Images are switched off (no foreign content
// loaded into the page), and every link gets rel="noopener noreferrer nofollow".

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
md.disable(["image"]);

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet("rel", "noopener noreferrer nofollow");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Safe HTML for an offer body. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}
