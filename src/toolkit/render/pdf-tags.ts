import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames as Ops, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import type { SpanMarks } from './pdf-text';

/** The standard structure types the documents use (ISO 32000-1, 14.8.4). */
export type StructureType = 'Document' | 'Sect' | 'H1' | 'H2' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Form' | 'Span';

/** An element of the structure tree, as it is being built. */
export interface StructureElement {
  readonly type: StructureType;
  readonly ref: PDFRef;
  readonly dict: PDFDict;
  readonly kids: PDFArray;
}

/**
 * A PDF's logical structure, the tree that a screen reader follows: every drawing goes through here,
 * either as the content of an element (a heading, a paragraph, a table cell) or as an artifact (rules,
 * boxes, the running header and footer), so that nothing is drawn outside the tree. Form fields join the
 * tree as Form elements that point to their widgets, in the order of the tree, which is also the order
 * of the Tab key (/Tabs /S).
 */
export class StructureTree {
  readonly root: StructureElement;
  private readonly pageContent = new Map<PDFPage, StructureElement[]>();
  private readonly widgets: { element: StructureElement; widget: PDFDict }[] = [];

  constructor(private readonly doc: PDFDocument) {
    this.root = this.create('Document');
  }

  /** A new element of `type`, the last child of `parent` (the document when not given). */
  element(type: StructureType, parent: StructureElement = this.root, attributes?: Record<string, string>): StructureElement {
    const element = this.create(type, parent, attributes);
    parent.kids.push(element.ref);
    return element;
  }

  private create(type: StructureType, parent?: StructureElement, attributes?: Record<string, string>): StructureElement {
    const { context } = this.doc;
    const kids = context.obj([]);
    const dict = context.obj({ Type: 'StructElem', S: type, K: kids });
    if (parent) dict.set(PDFName.of('P'), parent.ref);
    if (attributes) dict.set(PDFName.of('A'), context.obj(attributes));
    return { type, ref: context.register(dict), dict, kids };
  }

  /**
   * Draws `draw` on `page` as content of `element`: a marked-content sequence, its identifier the page's
   * next, and a reference to it among the element's kids, so that an element may run on over pages (a
   * table). `draw` is given the marks of a span that needs text of its own (see below).
   */
  content(page: PDFPage, element: StructureElement, draw: (spans: SpanMarks) => void): void {
    page.pushOperators(this.begin(page, element));
    // A stretch that needs its own ActualText (a right-to-left name) is a Span element of its own between
    // two sequences of the element's: marked content with an identifier cannot nest, and readers of the
    // tree read the element's text up to a nested span only.
    const spans: SpanMarks = (actualText) => {
      const span = this.element('Span', element);
      span.dict.set(PDFName.of('ActualText'), PDFHexString.fromText(actualText));
      return { open: [PDFOperator.of(Ops.EndMarkedContent), this.begin(page, span)], close: [PDFOperator.of(Ops.EndMarkedContent), this.begin(page, element)] };
    };
    draw(spans);
    page.pushOperators(PDFOperator.of(Ops.EndMarkedContent));
  }

  /** Opens the next marked-content sequence of `page` as content of `element`, and records it in the element's kids. */
  private begin(page: PDFPage, element: StructureElement): PDFOperator {
    let marked = this.pageContent.get(page);
    if (!marked) {
      marked = [];
      this.pageContent.set(page, marked);
    }
    const id = marked.length;
    marked.push(element);
    element.kids.push(this.doc.context.obj({ Type: 'MCR', Pg: page.ref, MCID: id }));
    return PDFOperator.of(Ops.BeginMarkedContentSequence, [PDFName.of(element.type), `<</MCID ${id}>>`]);
  }

  /** Draws `draw` on `page` as an artifact: the page's furniture (Pagination), or lines and boxes of the layout (Layout). */
  artifact(page: PDFPage, kind: 'Pagination' | 'Layout', draw: () => void): void {
    page.pushOperators(PDFOperator.of(Ops.BeginMarkedContentSequence, [PDFName.of('Artifact'), `<</Type /${kind}>>`]));
    draw();
    page.pushOperators(PDFOperator.of(Ops.EndMarkedContent));
  }

  /** Puts the widget annotation `widget` (on `page`) in the tree, as the last kid of the Form element `element`. */
  widget(element: StructureElement, widget: { dict: PDFDict; ref: PDFRef }, page: PDFPage): void {
    element.kids.push(this.doc.context.obj({ Type: 'OBJR', Obj: widget.ref, Pg: page.ref }));
    this.widgets.push({ element, widget: widget.dict });
  }

  /**
   * Writes the tree into the document: its root, the parent tree that leads from each page's marked
   * content and from each widget back to its element, and the catalog's word that the file is tagged.
   */
  finish(): void {
    const { context, catalog } = this.doc;
    // One counter for the keys of the pages (their marked content) and of the widgets.
    const nums: (number | PDFRef | PDFArray)[] = [];
    let key = 0;
    for (const page of this.doc.getPages()) {
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(key));
      // A screen reader and the Tab key follow the structure.
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
      nums.push(key++, context.obj((this.pageContent.get(page) ?? []).map((element) => element.ref)));
    }
    for (const { element, widget } of this.widgets) {
      widget.set(PDFName.of('StructParent'), PDFNumber.of(key));
      nums.push(key++, element.ref);
    }
    const treeRoot = context.register(context.obj({ Type: 'StructTreeRoot', K: this.root.ref, ParentTree: context.obj({ Nums: nums }), ParentTreeNextKey: key }));
    this.root.dict.set(PDFName.of('P'), treeRoot);
    catalog.set(PDFName.of('StructTreeRoot'), treeRoot);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
}
