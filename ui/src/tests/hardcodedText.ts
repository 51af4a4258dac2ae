// A deliberately simple scan for interface text written straight into a .svelte file
// instead of coming from the i18n messages.

const TEXT_ATTRIBUTES = [
  "aria-label",
  "aria-description",
  "aria-placeholder",
  "aria-roledescription",
  "aria-valuetext",
  "title",
  "placeholder",
  "alt",
  "label",
];

/** Blanks `{…}` expressions, skipping braces inside quoted strings. */
export function withoutExpressions(source: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (depth === 0) {
      if (c === "{") depth = 1;
      else out += c;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") {
      i++;
      while (i < source.length && source[i] !== c) {
        if (source[i] === "\\") i++;
        i++;
      }
    } else if (c === "{") {
      depth++;
    } else if (c === "}") {
      depth--;
      if (depth === 0) out += " ";
    }
  }
  return out;
}

export function findHardcodedText(source: string): string[] {
  const markup = withoutExpressions(
    source
      .replace(/<script[\s\S]*?<\/script>/g, "")
      .replace(/<style[\s\S]*?<\/style>/g, "")
      .replace(/<!--[\s\S]*?-->/g, ""),
  );
  const found: string[] = [];
  const letters = /\p{L}/u;

  for (const tag of markup.match(/<[^<>]*>/g) ?? []) {
    for (const attr of TEXT_ATTRIBUTES) {
      const re = new RegExp(`\\s${attr}=("([^"]*)"|'([^']*)')`, "g");
      for (const match of tag.matchAll(re)) {
        const value = match[2] ?? match[3] ?? "";
        if (letters.test(value)) found.push(`${attr}="${value}"`);
      }
    }
  }

  for (const text of markup.split(/<[^<>]*>/)) {
    const visible = text.replace(/&#?\w+;/g, " ").trim();
    if (letters.test(visible)) found.push(visible);
  }
  return found;
}
