/** What the checks look at, as shown in the editable form, from the core's derived inputs. Pure. */
import type { DiagnosisInputs } from '../../core/diagnose.ts';
import type { CheckTargets } from './protocol.ts';

/** The sender domain (From, else Return-Path), the first recipient domain, the sending IP, the real DKIM selector. */
export function targetsFromInputs(inputs: DiagnosisInputs): CheckTargets {
  const targets: CheckTargets = {};
  const sender = inputs.fromDomain ?? inputs.returnPathDomain;
  if (sender) targets.senderDomain = sender;
  const recipient = inputs.recipients[0]?.domain;
  if (recipient) targets.recipientDomain = recipient;
  if (inputs.sendingIp) targets.ip = inputs.sendingIp;
  const selector = inputs.dkimSelectors.find((s) => !s.guessed)?.selector;
  if (selector) targets.selector = selector;
  return targets;
}

/** The user's edits, trimmed (domain lower-cased, trailing dot dropped); empty fields left out. */
export function cleanTargets(edits: CheckTargets): CheckTargets {
  const out: CheckTargets = {};
  for (const key of ['senderDomain', 'recipientDomain', 'ip', 'selector'] as const) {
    const value = edits[key]?.trim();
    if (!value) continue;
    out[key] = key === 'senderDomain' || key === 'recipientDomain' ? value.toLowerCase().replace(/\.$/, '') : value;
  }
  return out;
}
