/** Escaping for hand-written XML: text and attribute values that any XML 1.0 parser accepts. */

// Characters XML 1.0 forbids outright (most C0 controls, U+FFFE/U+FFFF, lone surrogates):
// escaping can't express them, so they become U+FFFD rather than break the document.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(value: string): string {
  return value.replace(NOT_XML, '\uFFFD');
}

/** A carriage return as a reference: a literal one would be read back as a line feed (XML's line-end rule). */
export function xmlText(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** For a double-quoted attribute; tabs and line breaks as references, or parsers would fold them to spaces. */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
