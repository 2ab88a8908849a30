import { XmlVisitor } from "./xmlPart";

/** How a part links to another: `type` is a URI, `target` a part name once read. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external?: string;
}

// Relationship types end so in Transitional and Strict Open XML alike.
export const OFFICE_DOCUMENT = "/officeDocument";
export const WORKSHEET = "/worksheet";
export const SHARED_STRINGS = "/sharedStrings";
export const STYLES = "/styles";

/**
 * The relationships of a part ("" for the package itself) to other parts of the file, their
 * targets resolved to part names; `readPart` reads a part by name.
 */
export function readRelationships(
  part: string,
  readPart: (name: string, visitor: XmlVisitor) => void
): Relationship[] {
  const slash = part.lastIndexOf("/");
  const folder = part.slice(0, slash + 1);
  const visitor = new RelationshipsVisitor();
  readPart(`${folder}_rels/${part.slice(slash + 1)}.rels`, visitor);
  return visitor.relationships
    .filter((relationship) => relationship.external !== "External")
    .map((relationship) => ({
      ...relationship,
      target: resolveTarget(folder, relationship.target),
    }));
}

class RelationshipsVisitor implements XmlVisitor {
  readonly relationships: Relationship[] = [];

  open(name: string, attributes: Record<string, string>): void {
    if (name !== "Relationship") return;
    const { Id: id, Type: type, Target: target, TargetMode: external } = attributes;
    if (id !== undefined && type !== undefined && target !== undefined)
      this.relationships.push({ id, type, target, external });
  }

  close(): void {}
  text(): void {}
}

/** A relationship target as a part name: relative to the source's folder, or absolute ("/…"). */
function resolveTarget(folder: string, target: string): string {
  const path = target.split("\\").join("/");
  const segments: string[] = [];
  for (const segment of (path.startsWith("/") ? path : folder + path).split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}
