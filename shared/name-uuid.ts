import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * A UUID made from a name, the same on every run and machine (RFC 9562 version 8, from SHA-256
 * over `space` and `name`): for records an upgrade makes, so that a database upgraded in place
 * and a backup brought forward from the same version hold the very same ids.
 */
export const nameUuid = (space: string, name: string): string => {
  const bytes = sha256(utf8ToBytes(`${space}\u0000${name}`)).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytesToHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
