/**
 * The words the DKIM check shows to people, kept apart from the logic that decides.
 * Each function returns what was found and what to do about it.
 */

export interface Wording {
  message: string;
  fix: string | null;
}

const NEW_KEY_STEPS = 'Generate a new 2048-bit RSA key pair, publish its public key under a new selector, switch '
  + 'the signing server to the new selector, and after a few days revoke the old one (publish it with an empty p=).';

export const dkimText = {
  lookupFailed: (name: string, why: string): Wording => ({
    message: `Could not look up the DKIM key at ${name}: ${why}.`,
    fix: 'Try again later or with another resolver; the answer below shows what came back.',
  }),
  noKey: (name: string, selector: string, domain: string): Wording => ({
    message: `No DKIM key is published at ${name}, so receivers cannot verify signatures made with selector "${selector}".`,
    fix: `Publish the public key of selector "${selector}" as a TXT record at ${name} (the mail service that signs for ${domain} shows the record to add), or sign with a selector whose key is published.`,
  }),
  guessNotFound: (name: string): Wording => ({
    message: `No key at ${name} (a common selector tried as a guess; not finding it is not a problem).`,
    fix: null,
  }),
  guessRevoked: (name: string): Wording => ({
    message: `The key at ${name} is revoked (empty p=). This selector was only a guess, so this is most likely a retired key, not a problem.`,
    fix: null,
  }),
  guessProblem: (selector: string): Wording => ({
    message: `The problems below are in the key of selector "${selector}", a guess: they matter only if your mail is still signed with it.`,
    fix: 'Check the s= value in the DKIM-Signature header of a message you sent.',
  }),
  notAKey: (name: string): Wording => ({
    message: `The TXT record at ${name} is not a DKIM key record (it has no p= tag and no v=DKIM1).`,
    fix: `Replace it with the DKIM key record your signing service gives you: "v=DKIM1; k=rsa; p=<public key>".`,
  }),
  multipleRecords: (name: string, count: number): Wording => ({
    message: `${count} DKIM key records are published at ${name}; receivers may pick any of them, so verification can fail at random.`,
    fix: `Keep exactly one key record at ${name}.`,
  }),
  syntax: (name: string, why: string): Wording => ({
    message: `The DKIM key record at ${name} cannot be read: ${why}.`,
    fix: 'Publish the record exactly as your signing service gives it: "v=DKIM1; k=rsa; p=<public key>".',
  }),
  duplicateTag: (name: string, tags: string[]): Wording => ({
    message: `The DKIM key record at ${name} repeats the tag(s) ${tags.join(', ')}, which makes the whole record invalid.`,
    fix: 'Remove the repeated tags so each appears once.',
  }),
  badVersion: (name: string, v: string): Wording => ({
    message: `The DKIM key record at ${name} says v=${v}; only v=DKIM1 exists, so verifiers ignore the record.`,
    fix: 'Write v=DKIM1 (or leave v= out).',
  }),
  versionNotFirst: (name: string): Wording => ({
    message: `In the key record at ${name}, v= is not the first tag; the standard requires it first and strict verifiers reject the record.`,
    fix: 'Move v=DKIM1 to the start of the record.',
  }),
  revoked: (name: string, selector: string): Wording => ({
    message: `The key at ${name} is revoked (empty p=): every signature made with selector "${selector}" fails.`,
    fix: `Sign with a selector whose key is published, or publish the current public key at ${name}. If selector "${selector}" was retired on purpose, the signing server is still using it: switch it to the new selector.`,
  }),
  noPublicKey: (name: string): Wording => ({
    message: `The DKIM record at ${name} has no p= tag, so it holds no key at all (a broken record).`,
    fix: `Publish the full key record, including p=<public key>, at ${name}.`,
  }),
  testing: (name: string): Wording => ({
    message: `The key at ${name} has the testing flag (t=y): some receivers treat its signatures as if unsigned.`,
    fix: 'Once signing works, remove t=y from the key record.',
  }),
  strictIdentity: (name: string): Wording => ({
    message: `The key at ${name} has t=s: the signature's i= domain must equal d= exactly (subdomains are not allowed).`,
    fix: null,
  }),
  serviceNotEmail: (name: string, s: string): Wording => ({
    message: `The key at ${name} is limited to service type(s) "${s}", not email, so it cannot verify mail.`,
    fix: 'Remove the s= tag, or set s=email.',
  }),
  sha1Only: (name: string): Wording => ({
    message: `The key at ${name} allows only SHA-1 signatures (h=sha1), which receivers no longer accept (RFC 8301).`,
    fix: 'Sign with rsa-sha256 and remove h= (or set h=sha256).',
  }),
  unknownKeyType: (name: string, k: string): Wording => ({
    message: `The key at ${name} has an unknown key type k=${k}; only rsa and ed25519 exist.`,
    fix: 'Set k=rsa (or k=ed25519 for an Ed25519 key).',
  }),
  keyUnreadable: (name: string, why: string): Wording => ({
    message: `The public key (p=) at ${name} cannot be read: ${why}. Signatures made with it will fail.`,
    fix: 'Copy the public key again from the signing service, in one piece, without quotes or line breaks inside it.',
  }),
  rsaTooShort: (name: string, bits: number): Wording => ({
    message: `The RSA key at ${name} is only ${bits} bits: receivers must reject keys under 1024 bits (RFC 8301), so its signatures count as failed.`,
    fix: NEW_KEY_STEPS,
  }),
  rsaWeak: (name: string, bits: number): Wording => ({
    message: `The RSA key at ${name} is ${bits} bits: still accepted, but weak; 2048 bits is the norm.`,
    fix: NEW_KEY_STEPS,
  }),
  rsaGood: (name: string, bits: number, format: string): Wording => ({
    message: `The RSA key at ${name} is ${bits} bits (${format === 'spki' ? 'SubjectPublicKeyInfo' : 'bare PKCS#1 RSAPublicKey'}).`,
    fix: null,
  }),
  ed25519: (name: string): Wording => ({
    message: `The key at ${name} is Ed25519 (RFC 8463). Many receivers cannot verify Ed25519 yet, so it should sit beside an RSA signature.`,
    fix: 'Make sure the messages also carry an RSA-SHA256 signature.',
  }),
  unknownTags: (name: string, tags: string[]): Wording => ({
    message: `The key record at ${name} has tags that DKIM does not define (${tags.join(', ')}); verifiers ignore them.`,
    fix: null,
  }),
  noSelectors: (): Wording => ({
    message: 'There is no domain to check DKIM for.',
    fix: null,
  }),
  noneOfGuessesFound: (domain: string, count: number): Wording => ({
    message: `The bounce has no DKIM-Signature header and none of ${count} common selectors has a key at ${domain}. The real selector is unknown, so DKIM could not be checked.`,
    fix: 'Look at the DKIM-Signature header of a message you sent (the s= value) and check that selector.',
  }),
};
