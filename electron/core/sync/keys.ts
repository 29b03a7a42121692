import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { getMeta, setMeta } from '../db/meta.ts';

// This device's Ed25519 key, made on first use; bundles are signed with it so colleagues who
// added our public key as a peer see them as coming from a known colleague.

const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface DeviceKey {
  publicKey: string;
  sign(text: string): string;
}

export function deviceKey(db: Database.Database): DeviceKey {
  let pem = getMeta(db, 'device_private_key');
  if (!pem) {
    const { privateKey } = crypto.generateKeyPairSync('ed25519');
    pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    setMeta(db, 'device_private_key', pem);
  }
  const privateKey = crypto.createPrivateKey(pem);
  const spki = crypto.createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  return {
    publicKey: spki.subarray(SPKI_PREFIX.length).toString('base64'),
    sign: (text) => crypto.sign(null, Buffer.from(text), privateKey).toString('base64'),
  };
}

export function verifySignature(publicKeyBase64: string, text: string, signatureBase64: string): boolean {
  try {
    const raw = Buffer.from(publicKeyBase64, 'base64');
    if (raw.length !== 32) return false;
    const key = crypto.createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
    return crypto.verify(null, Buffer.from(text), key, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}

/** A short, readable fingerprint of a public key for people to compare by phone. */
export function keyFingerprint(publicKeyBase64: string): string {
  const hex = crypto.createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 16);
  return hex.match(/.{4}/g)!.join('-');
}
