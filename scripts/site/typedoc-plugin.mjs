// TypeDoc plugin (typedoc.json "plugin") that makes the API pages readable:
//  - an id type derived from the data (`StructureId = ReturnType<typeof structureData>[number]["id"]`)
//    is shown as the union of its ids;
//  - a parameter, return or property written with a named type (`report: Report`) links to that
//    type instead of inlining its whole structure;
//  - a `code` name in prose that is an exported declaration links to its page;
//  - a page keeps one H1, its title: a Markdown H1 below it (the README's) becomes an H2;
//  - the toolbar links to the rest of the site (home, knowledge pages, playground);
//  - icons are referenced in the page, which typedoc's icons.js fills in, so that pages opened
//    from file:// log no cross-origin error.
import { dirname, posix } from "node:path";
import ts from "typescript";
import { Converter, LiteralType, MarkdownEvent, PageEvent, ReflectionKind, UnionType } from "typedoc";

/** The type alias a type node names (`Report`), if it names one. */
function namedAlias(checker, node) {
  if (node === undefined || !ts.isTypeReferenceNode(node)) return undefined;
  let symbol = checker.getSymbolAtLocation(node.typeName);
  if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol !== undefined && symbol.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface) ? symbol : undefined;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  const pending = [];
  const aliases = [];
  const remember = (context, owner, node) => {
    const symbol = namedAlias(context.checker, node);
    if (symbol !== undefined) pending.push({ owner, symbol, name: node.typeName.getText() });
  };

  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (declaration === undefined || !("parameters" in declaration)) return;
    declaration.parameters.forEach((parameter, i) => {
      const reflection = signature.parameters?.[i];
      if (reflection !== undefined) remember(context, reflection, parameter.type);
    });
    remember(context, signature, declaration.type);
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const symbol = context.getSymbolFromReflection(reflection);
    const node = symbol?.declarations?.[0];
    if (reflection.kindOf(ReflectionKind.Property) && node !== undefined && "type" in node) remember(context, reflection, node.type);
    if (reflection.kindOf(ReflectionKind.TypeAlias) && symbol !== undefined) {
      const type = context.checker.getDeclaredTypeOfSymbol(symbol);
      const members = type.isUnion() ? type.types : [type];
      if (members.every((member) => member.isStringLiteral())) aliases.push({ reflection, ids: members.map((member) => member.value) });
    }
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const { owner, symbol, name } of pending) {
      if (owner.type === undefined || owner.type.type === "reference") continue;
      owner.type = context.createSymbolReference(symbol, context, name);
    }
    pending.length = 0;
    for (const { reflection, ids } of aliases) {
      if (reflection.type?.type !== "union") reflection.type = new UnionType(ids.map((id) => new LiteralType(id)));
    }
    aliases.length = 0;
  });

  app.renderer.on(MarkdownEvent.PARSE, (event) => {
    const router = app.renderer.router;
    const project = event.page.project;
    const byName = new Map();
    for (const reflection of project.getReflectionsByKind(ReflectionKind.SomeExport)) {
      if (router?.hasUrl(reflection) && !byName.has(reflection.name)) byName.set(reflection.name, router.getFullUrl(reflection));
    }
    const here = dirname(event.page.url);
    event.parsedText = event.parsedText.replace(/(<a\b[^>]*>[\s\S]*?<\/a>)|<code>([A-Za-z][\w]*)(\(\))?<\/code>/g, (whole, link, name) => {
        const url = link === undefined ? byName.get(name) : undefined;
        return url === undefined || url === event.page.url ? whole : `<a href="${posix.relative(here, url)}">${whole}</a>`;
      });
  });

  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined) return;
    let h1 = 0;
    // The rest of the site (one folder up from the API reference), from the toolbar.
    const up = "../".repeat(page.url.split("/").length);
    const site = [["index.html", "Site"], ["knowledge/index.html", "Knowledge"], ["playground/index.html", "Playground"]];
    page.contents = page.contents
      .replace('<div id="tsd-toolbar-links">', (div) => div + site.map(([href, text]) => `<a href="${up}${href}">${text}</a>`).join(""))
      .replace(/href="[^"]*assets\/icons\.svg#/g, 'href="#')
      .replace(/<(\/?)h1([\s>])/g, (whole, close, after) => {
        if (close === "") h1 += 1;
        return h1 > 1 ? `<${close}h2${after}` : whole;
      });
  });
}
