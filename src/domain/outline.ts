import { AppendixRow } from "./appendix";
import { keyOf, NumberSequence, Place } from "./numberSequence";

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
  const byKey = new Map<string, OutlineNode>();
  let lastNumbered: OutlineNode | null = null;

  const attach = (node: OutlineNode, parent: OutlineNode | null) => {
    node.parent = parent;
    node.depth = parent ? parent.depth + 1 : 0;
    (parent ? parent.children : roots).push(node);
  };

  for (const row of rows) {
    const node: OutlineNode = { row, parent: null, children: [], depth: 0 };
    nodes.push(node);
    const place = sequence.places.get(row);
    if (!place) {
      attach(node, lastNumbered);
      continue;
    }
    attach(node, nearestAncestor(place, byKey));
    byKey.set(keyOf(place), node);
    lastNumbered = node;
  }
  return { roots, nodes };
}

function nearestAncestor(place: Place, byKey: Map<string, OutlineNode>): OutlineNode | null {
  for (let length = place.parts.length - 1; length > 0; length--) {
    const parent = byKey.get(keyOf({ parts: place.parts.slice(0, length), kinds: place.kinds.slice(0, length) }));
    if (parent) return parent;
  }
  return null;
}

export function isGroup(node: OutlineNode): boolean {
  return node.children.length > 0;
}
