/**
 * Bridges the worker and the core's diagnose(): builds the DoH resolver from the settings (the chosen
 * resolver only), runs the bounce's checks, or, with edited targets, the checks for that domain/IP/
 * selector, and turns each result into a keyed card update.
 */
import type { Classification } from '../../core/classify/types.ts';
import type { CheckName, CheckResult } from '../../core/check/types.ts';
import type { Plan } from '../../core/remedy/types.ts';
import type { DiagnoseModule, DohModule, PlanModule } from './core-loader.ts';
import type { CheckSettings, CheckTargets } from './protocol.ts';
import { createSlotMatcher } from './slot-matcher.ts';
import { targetsFromInputs } from './targets.ts';

export interface RunDiagnosisArgs {
  diagnoseModule: DiagnoseModule;
  dohModule: DohModule;
  /** Builds the plan after a re-run with edited targets (the bounce's own run gets it from diagnose). */
  loadPlan: () => Promise<PlanModule | null>;
  classification: Classification;
  settings: CheckSettings;
  /** Edited targets; null for the bounce's own. */
  targets: CheckTargets | null;
  signal: AbortSignal;
  onStarted: (targets: CheckTargets) => void;
  onPlanned: (checks: { key: string; name: CheckName; inputs: Record<string, string> }[]) => void;
  onResult: (key: string, result: CheckResult) => void;
}

/** Runs every check; resolves with the plan (null when no plan could be built). */
export async function runDiagnosis(args: RunDiagnosisArgs): Promise<{ plan: Plan | null; checks: CheckResult[] }> {
  const { diagnoseModule, dohModule, classification, settings, signal } = args;
  // Only the chosen resolver: no fallback to another provider, so lookups go nowhere else.
  const resolver = dohModule.createDohResolver({ providers: settings.resolverUrl ? [settings.resolverUrl] : [] });
  const matcher = createSlotMatcher();
  const planned: { key: string; name: CheckName; inputs: Record<string, string> }[] = [];
  let flushScheduled = false;
  const options = {
    signal,
    blocklists: settings.blocklists,
    ...(settings.dqsKey ? { dqsKey: settings.dqsKey } : {}),
    onStart: (name: CheckName, inputs: Record<string, string>) => {
      planned.push({ key: matcher.plan(name, inputs), name, inputs });
      // onStart fires for every check synchronously before any result: send them as one message.
      if (!flushScheduled) {
        flushScheduled = true;
        queueMicrotask(() => args.onPlanned(planned.splice(0)));
      }
    },
    onCheck: (result: CheckResult) => args.onResult(matcher.match(result.name, result.inputs), result),
  };

  const edited = args.targets;
  if (edited && edited.senderDomain) {
    args.onStarted(edited);
    const checkInput = {
      domain: edited.senderDomain,
      ...(edited.ip ? { ip: edited.ip } : {}),
      ...(edited.selector ? { selector: edited.selector } : {}),
    };
    const checks = await diagnoseModule.checkDomain(resolver, checkInput, options);
    const planModule = await args.loadPlan();
    const plan = planModule ? await planModule.buildPlan(classification, checks) : null;
    return { plan, checks };
  }
  args.onStarted(targetsFromInputs(diagnoseModule.deriveInputs(classification)));
  const diagnosis = await diagnoseModule.diagnose(classification, resolver, options);
  return { plan: diagnosis.plan, checks: diagnosis.checks };
}
