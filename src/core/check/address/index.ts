export { checkAddress, MAX_ADDRESS_OCTETS, MAX_INPUT_LENGTH } from './check-address.ts';
export { checkDomainSyntax, MAX_DOMAIN_LENGTH, MAX_LABEL_LENGTH } from './domain-syntax.ts';
export type { DomainProblem, DomainSyntax } from './domain-syntax.ts';
export { checkLocalPartSyntax, MAX_LOCAL_PART_OCTETS } from './local-part-syntax.ts';
export type { AddressCheckInput, AddressCheckOptions, AddressData, LocalPartForm, LocalPartProblem } from './types.ts';
