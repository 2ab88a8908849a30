/**
 * OLE compound files: what a password-protected .xlsx (and an old .xls) is instead of a zip. They
 * are only recognised, to say why such a file cannot be read.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/**
 * A password-protected .xlsx is a compound file whose directory (128-byte entries in 512- or
 * 4096-byte sectors after the header) names a stream "EncryptedPackage" in UTF-16LE.
 */
export function holdsEncryptedPackage(bytes: Uint8Array): boolean {
  const name = "EncryptedPackage";
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    if (bytes[at + 64] !== (name.length + 1) * 2 || bytes[at + 65] !== 0 || bytes[at + 66] !== 2)
      continue;
    let same = true;
    for (let i = 0; i < name.length && same; i++)
      same = bytes[at + 2 * i] === name.charCodeAt(i) && bytes[at + 2 * i + 1] === 0;
    if (same) return true;
  }
  return false;
}
