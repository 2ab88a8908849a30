import { AppendixRow } from "./appendix";
import { NumberSequence, Place } from "./numberSequence";

/** A row in the appendix tree. A node with children is a group; one without is a task. */
export interface OutlineNode {
  row: AppendixRow;
  parent: OutlineNode | null;
  children: OutlineNode[];
  depth: number;
}

export interface Outline {
  /** The top-level rows, whose amounts the grand total adds up. */
  roots: OutlineNode[];
  nodes: OutlineNode[];
}

/**
 * Builds the tree: a numbered row goes under the row whose number is its prefix ("1.2" under "1"),
 * an unnumbered row under the numbered row above it.
 */
export function buildOutline(rows: AppendixRow[], sequence: NumberSequence): Outline {
  const roots: OutlineNode[] = [];
  const nodes: OutlineNode[] = [];
  // The last numbered node at each depth: a new row's parent is the deepest of them whose place is its prefix.
  const lastAtDepth: { node: OutlineNode; place: Place }[] = [];
  let lastNumbered: OutlineNode | null = null;

  const attach = (node: OutlineNode, parent: OutlineNode | null) => {
    node.parent = parent;
    node.depth = parent ? parent.depth + 1 : 0;
    (parent ? parent.children : roots).push(node);
  };

  rows.forEach((row, index) => {
    const node: OutlineNode = { row, parent: null, children: [], depth: 0 };
    nodes.push(node);
    const place = sequence.places[index];
    if (!place) {
      attach(node, lastNumbered);
      return;
    }
    let parent: OutlineNode | null = null;
    for (
      let depth = Math.min(place.parts.length - 1, lastAtDepth.length);
      depth > 0 && !parent;
      depth--
    ) {
      const candidate = lastAtDepth[depth - 1];
      if (candidate && isPrefix(candidate.place, place)) parent = candidate.node;
    }
    attach(node, parent);
    lastAtDepth[place.parts.length - 1] = { node, place };
    lastNumbered = node;
  });
  return { roots, nodes };
}

function isPrefix(shorter: Place, longer: Place): boolean {
  const length = shorter.parts.length;
  if (length >= longer.parts.length || !longer.kinds.startsWith(shorter.kinds)) return false;
  for (let i = 0; i < length; i++) if (shorter.parts[i] !== longer.parts[i]) return false;
  return true;
}

export function isGroup(node: OutlineNode): boolean {
  return node.children.length > 0;
}

/**
 * The nodes some row below which carries an amount (rows in `except` not counted), found in one pass
 * from the last row up: a child always comes after its parent.
 */
export function nodesWithAmountsBelow(
  outline: Outline,
  except: ReadonlySet<OutlineNode> = new Set()
): Set<OutlineNode> {
  const found = new Set<OutlineNode>();
  for (let i = outline.nodes.length - 1; i >= 0; i--) {
    const node = outline.nodes[i];
    const counts = (node.row.amount.kind !== "empty" && !except.has(node)) || found.has(node);
    if (counts && node.parent) found.add(node.parent);
  }
  return found;
}
