import { WordStyles } from "./wordStyles";
import { childValue, firstChild, XmlElement } from "./xmlTree";

/** How one level of a list shows its number (a <w:lvl> of word/numbering.xml). */
export interface ListLevel {
  /** w:numFmt: "decimal", "lowerLetter", "upperRoman", "bullet", "none"… */
  format: string;
  /** w:lvlText: "%1.", "%1)", "%1.%2."; %n is level n's number. */
  text: string;
  start: number;
  /**
   * w:lvlRestart: the number shows its start again after a paragraph of a level above this one
   * (1 is the top level); 0: never. Absent: after any level above.
   */
  restartAfter?: number;
  /** w:isLgl: every level's number in this one's text is decimal ("1.2" rather than "I.2"). */
  legal: boolean;
  /** w:pStyle: the paragraph style that takes this level. */
  styleId?: string;
}

/** A numbering instance (w:num), as a paragraph's <w:numId> names it. */
export interface ListInstance {
  /**
   * The abstract numbering it draws on: instances of one abstract numbering count together, as
   * Word does, so that a list split over several instances goes on numbering.
   */
  list: string;
  level(ilvl: number): ListLevel | undefined;
  /** w:startOverride: the number this instance's first paragraph of that level takes. */
  startOverride(ilvl: number): number | undefined;
  /** The level whose w:pStyle is that paragraph style. */
  levelOfStyle(styleId: string): number | undefined;
}

export interface ListDefinitions {
  instance(numId: string): ListInstance | undefined;
}

/** Word has nine list levels, 0 to 8. */
export const LIST_LEVELS = 9;

interface AbstractNumbering {
  levels: Map<number, ListLevel>;
  /** w:numStyleLink: the levels are those of a numbering style's list. */
  styleLink?: string;
}

interface NumberingInstance {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, ListLevel>;
}

export function readListDefinitions(
  numbering: XmlElement | null,
  styles: WordStyles
): ListDefinitions {
  const abstracts = new Map<string, AbstractNumbering>();
  const instances = new Map<string, NumberingInstance>();
  for (const element of numbering?.children ?? []) {
    if (element.name === "w:abstractNum" && element.attributes["w:abstractNumId"] !== undefined) {
      abstracts.set(element.attributes["w:abstractNumId"], {
        levels: readLevels(element.children),
        styleLink: childValue(element, "w:numStyleLink"),
      });
    }
    const abstractId = childValue(element, "w:abstractNumId");
    if (
      element.name === "w:num" &&
      element.attributes["w:numId"] !== undefined &&
      abstractId !== undefined
    ) {
      const overrides = element.children.filter((child) => child.name === "w:lvlOverride");
      instances.set(element.attributes["w:numId"], {
        abstractId,
        starts: new Map(
          overrides.flatMap((override) => {
            const start = integer(childValue(override, "w:startOverride"));
            const ilvl = integer(override.attributes["w:ilvl"]);
            return start === undefined || ilvl === undefined ? [] : [[ilvl, start]];
          })
        ),
        levels: readLevels(overrides.flatMap((override) => override.children)),
      });
    }
  }

  /** The abstract numbering that holds the levels, following numbering styles' links. */
  const listOf = (numId: string, seen: Set<string>): string | undefined => {
    const abstractId = instances.get(numId)?.abstractId;
    const linked = abstractId === undefined ? undefined : abstracts.get(abstractId)?.styleLink;
    if (linked === undefined || seen.has(numId)) return abstractId;
    seen.add(numId);
    const styleNumId = styles.numberingStyleNumId(linked);
    return (styleNumId === undefined ? undefined : listOf(styleNumId, seen)) ?? abstractId;
  };

  return {
    instance(numId) {
      const instance = instances.get(numId);
      const list = listOf(numId, new Set());
      if (!instance || list === undefined) return undefined;
      const levels = abstracts.get(list)?.levels ?? new Map<number, ListLevel>();
      const level = (ilvl: number) => instance.levels.get(ilvl) ?? levels.get(ilvl);
      return {
        list,
        level,
        // A level the instance defines anew starts anew, as a restart would.
        startOverride: (ilvl) => instance.starts.get(ilvl) ?? instance.levels.get(ilvl)?.start,
        levelOfStyle(styleId) {
          for (let ilvl = 0; ilvl < LIST_LEVELS; ilvl++)
            if (level(ilvl)?.styleId === styleId) return ilvl;
          return undefined;
        },
      };
    },
  };
}

function readLevels(elements: XmlElement[]): Map<number, ListLevel> {
  const levels = new Map<number, ListLevel>();
  for (const element of elements) {
    const ilvl = integer(element.attributes["w:ilvl"]) ?? 0;
    if (element.name !== "w:lvl" || ilvl < 0 || ilvl >= LIST_LEVELS) continue;
    const legal = firstChild(element, "w:isLgl");
    levels.set(ilvl, {
      format: childValue(element, "w:numFmt") ?? "decimal",
      text: childValue(element, "w:lvlText") ?? "",
      // The standard's default: a w:lvl without w:start counts from 0.
      start: integer(childValue(element, "w:start")) ?? 0,
      restartAfter: integer(childValue(element, "w:lvlRestart")),
      legal:
        legal !== undefined && !["0", "false", "off"].includes(legal.attributes["w:val"] ?? ""),
      styleId: childValue(element, "w:pStyle"),
    });
  }
  return levels;
}

function integer(text: string | undefined): number | undefined {
  const value = text === undefined ? NaN : Number.parseInt(text, 10);
  return Number.isSafeInteger(value) ? value : undefined;
}
