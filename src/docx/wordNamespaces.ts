/**
 * The prefixes the Word reader names elements and attributes by, whatever prefixes a file declares:
 * Transitional and Strict Open XML use different namespace URIs for the same vocabulary. The same
 * prefixes as mammoth's, so that the two readers walk the same elements.
 */
export const WORD_NAMESPACES: Readonly<Record<string, string>> = Object.freeze({
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "urn:schemas-microsoft-com:vml": "v",
  "http://schemas.openxmlformats.org/package/2006/relationships": "relationships",
});
