/**
 * A small reader of RDF/XML, enough for SKOS vocabularies exported as plain RDF/XML (IPTC's
 * NewsCodes, for one): XML is tokenised into namespaced elements (comments, processing
 * instructions, a doctype and CDATA handled; the five XML entities and character references
 * decoded), and the RDF/XML node and property elements become triples. Supported: node elements
 * (`rdf:Description` or typed, such as `skos:Concept`) named by `rdf:about`, nested at any depth;
 * property elements whose object is `rdf:resource`, a nested node element, or a literal with its
 * `xml:lang`. Not supported, and refused with the line named: `rdf:parseType`, `rdf:nodeID`,
 * `rdf:ID`, blank nodes. A build-time tool: no dependency, so the conversion runs anywhere.
 */

export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** An object of a triple: an IRI, or a literal with its language (empty when it has none). */
export type RdfObject = { iri: string } | { literal: string; lang: string };

/** Everything said about one subject: predicate IRI → objects, in document order. */
export type RdfSubjects = Map<string, Map<string, RdfObject[]>>;

interface XmlElement {
  name: string; // namespace IRI + local name
  attrs: Map<string, string>; // same for prefixed attributes; unprefixed ones by local name
  children: XmlElement[];
  text: string;
  line: number;
}

/** An error in the input, with the line it is on. */
export class RdfXmlError extends Error {
  constructor(message: string, line?: number) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'RdfXmlError';
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string, line: number): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new RdfXmlError('a bare "&" (write &amp;)', line);
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    const value = ENTITIES[ref];
    if (value === undefined) throw new RdfXmlError(`unknown entity ${whole}`, line);
    return value;
  });
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/y;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The document's root element, with names resolved against the xmlns declarations in scope. */
function parseXml(source: string): XmlElement {
  const stack: Array<{ element: XmlElement; namespaces: Map<string, string>; rawName: string }> = [];
  let root: XmlElement | undefined;
  let line = 1;
  TOKEN.lastIndex = 0;
  const resolve = (qname: string, namespaces: Map<string, string>, isAttribute: boolean): string => {
    const colon = qname.indexOf(':');
    if (colon < 0) return isAttribute ? qname : (namespaces.get('') ?? '') + qname;
    const prefix = qname.slice(0, colon);
    const iri = prefix === 'xml' ? XML_NS : namespaces.get(prefix);
    if (iri === undefined) throw new RdfXmlError(`undeclared namespace prefix "${prefix}" in <${qname}>`, line);
    return iri + qname.slice(colon + 1);
  };
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match) throw new RdfXmlError(`malformed markup near "${source.slice(at, at + 40).replace(/\s+/g, ' ')}"`, line);
    const [token, cdata, closing, opening, attributes, selfClosing, text] = match;
    const top = stack.at(-1);
    if (opening !== undefined) {
      const namespaces = new Map(top?.namespaces ?? []);
      const raw: Array<[string, string]> = [];
      for (const [, name, double, single] of (attributes ?? '').matchAll(ATTRIBUTE)) {
        const value = decode(double ?? single ?? '', line);
        if (name === 'xmlns') namespaces.set('', value);
        else if (name!.startsWith('xmlns:')) namespaces.set(name!.slice(6), value);
        else raw.push([name!, value]);
      }
      const element: XmlElement = {
        name: resolve(opening, namespaces, false),
        attrs: new Map(raw.map(([name, value]) => [resolve(name, namespaces, true), value])),
        children: [],
        text: '',
        line,
      };
      if (top) top.element.children.push(element);
      else if (root) throw new RdfXmlError('a second root element', line);
      else root = element;
      if (!selfClosing) stack.push({ element, namespaces, rawName: opening });
    } else if (closing !== undefined) {
      if (!top || top.rawName !== closing) throw new RdfXmlError(`</${closing}> closes ${top ? `<${top.rawName}>` : 'nothing'}`, line);
      stack.pop();
    } else if (cdata !== undefined || text !== undefined) {
      if (top) top.element.text += cdata ?? decode(text!, line);
      else if ((text ?? cdata ?? '').trim()) throw new RdfXmlError('text outside the root element', line);
    }
    for (let i = token.indexOf('\n'); i >= 0; i = token.indexOf('\n', i + 1)) line++;
  }
  if (stack.length > 0) throw new RdfXmlError(`<${stack.at(-1)!.rawName}> is never closed`, line);
  if (!root) throw new RdfXmlError('no root element');
  return root;
}

const UNSUPPORTED = ['parseType', 'nodeID', 'ID'].map((local) => RDF + local);

/** Every subject described in an RDF/XML document, with what it says about each. */
export function readRdfXml(source: string): RdfSubjects {
  const root = parseXml(source);
  const subjects: RdfSubjects = new Map();
  const add = (subject: string, predicate: string, object: RdfObject) => {
    const properties = subjects.get(subject) ?? new Map<string, RdfObject[]>();
    subjects.set(subject, properties);
    properties.set(predicate, [...(properties.get(predicate) ?? []), object]);
  };
  const refuse = (element: XmlElement) => {
    for (const name of UNSUPPORTED) if (element.attrs.has(name)) throw new RdfXmlError(`rdf:${name.slice(RDF.length)} is not supported`, element.line);
  };
  /** A node element: its subject, its type if typed, its properties; returns the subject. */
  const node = (element: XmlElement): string => {
    refuse(element);
    const subject = element.attrs.get(`${RDF}about`);
    if (subject === undefined) throw new RdfXmlError('a node without rdf:about (blank nodes are not supported)', element.line);
    if (element.name !== `${RDF}Description`) add(subject, `${RDF}type`, { iri: element.name });
    for (const property of element.children) {
      refuse(property);
      const resource = property.attrs.get(`${RDF}resource`);
      if (resource !== undefined) add(subject, property.name, { iri: resource });
      else if (property.children.length > 0) for (const nested of property.children) add(subject, property.name, { iri: node(nested) });
      else add(subject, property.name, { literal: property.text, lang: property.attrs.get(`${XML_NS}lang`) ?? element.attrs.get(`${XML_NS}lang`) ?? '' });
    }
    return subject;
  };
  if (root.name !== `${RDF}RDF`) throw new RdfXmlError('the root element is not rdf:RDF', root.line);
  for (const element of root.children) node(element);
  return subjects;
}
