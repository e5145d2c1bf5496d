/** The bench scenario's zones as a module for test/dns-server/serve.ts (the bench serves them from a child process). */
import { scenarioZones } from './bench-diagnose-scenario.ts';

export const zones = scenarioZones();
