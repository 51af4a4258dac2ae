/** Fills `{name}` placeholders; a placeholder without a value is left as it is. */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/**
 * Whether French « de » before `word` becomes « d’ »: before a vowel or a mute h
 * (« d’Abidjan », « d’Aïssata », but « de Bamako »). The core's dossier applies the same
 * letters (postulo-core dossier/words.rs).
 */
export function elides(word: string): boolean {
  return /^[AEIOUYHÀÂÄÉÈÊËÎÏÔÖÛÜŒaeiouyhàâäéèêëîïôöûüœ]/u.test(word);
}

/**
 * `fmt` with the French contractions a value may call for: « de {zone} » before « Abidjan »
 * is « d’Abidjan », « de » and « à » before « Le Caire » are « du Caire », « au Caire ».
 * Only French templates say « de {…} » or « à {…} »; others come out as `fmt` makes them.
 */
export function fmtFrench(template: string, values: Record<string, string | number>): string {
  const contracted = template.replace(/(^|[\s(’'])(de|De|à|À) \{(\w+)\}/g, (whole, before: string, word: string, key: string) => {
    if (!(key in values)) return whole;
    const value = String(values[key]);
    if (value.startsWith("Le ")) {
      const article = { de: "du", De: "Du", à: "au", À: "Au" }[word] ?? word;
      return `${before}${article} ${value.slice(3)}`;
    }
    if ((word === "de" || word === "De") && elides(value)) return `${before}${word[0]}’${value}`;
    return whole;
  });
  return fmt(contracted, values);
}
