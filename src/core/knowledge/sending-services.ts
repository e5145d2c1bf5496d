/**
 * Services that send mail on behalf of a domain, recognised from the host names in the Received chain
 * of the returned message, with what their customers publish in SPF and where their DKIM setup is
 * explained. Lets the plan say "add include:_spf.google.com" instead of "authorise your server".
 */

export interface SendingService {
  /** Stable id. */
  id: string;
  /** Name shown to people. */
  name: string;
  /** Host names of the service's outgoing servers: end-anchored suffix patterns on one host name. */
  hostPatterns: RegExp[];
  /** The SPF mechanism its customers add, e.g. "include:_spf.google.com"; null when it signs with its own domain only. */
  spfInclude: string | null;
  /** The service's page on setting up DKIM for a custom domain. */
  dkimSetupUrl: string;
}

export const SENDING_SERVICES: readonly SendingService[] = [
  {
    id: 'microsoft365', name: 'Microsoft 365',
    hostPatterns: [/\.outbound\.protection\.outlook\.com$/i, /\.prod\.outlook\.com$/i],
    spfInclude: 'include:spf.protection.outlook.com',
    dkimSetupUrl: 'https://learn.microsoft.com/en-us/defender-office-365/email-authentication-dkim-configure',
  },
  {
    id: 'google', name: 'Google Workspace / Gmail',
    hostPatterns: [/(?:^|\.)google\.com$/i, /(?:^|\.)gmail\.com$/i, /(?:^|\.)googlemail\.com$/i],
    spfInclude: 'include:_spf.google.com',
    dkimSetupUrl: 'https://support.google.com/a/answer/174124',
  },
  {
    id: 'amazonses', name: 'Amazon SES',
    hostPatterns: [/(?:^|\.)amazonses\.com$/i],
    spfInclude: 'include:amazonses.com',
    dkimSetupUrl: 'https://docs.aws.amazon.com/ses/latest/dg/send-email-authentication-dkim-easy.html',
  },
  {
    id: 'sendgrid', name: 'SendGrid',
    hostPatterns: [/(?:^|\.)sendgrid\.net$/i],
    spfInclude: 'include:sendgrid.net',
    dkimSetupUrl: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/how-to-set-up-domain-authentication',
  },
  {
    id: 'mailgun', name: 'Mailgun',
    hostPatterns: [/(?:^|\.)mailgun\.(?:org|net)$/i],
    spfInclude: 'include:mailgun.org',
    dkimSetupUrl: 'https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/',
  },
  {
    id: 'mailchimp', name: 'Mailchimp / Mandrill',
    hostPatterns: [/(?:^|\.)(?:mcsv\.net|mandrillapp\.com|rsgsv\.net)$/i],
    spfInclude: 'include:servers.mcsv.net',
    dkimSetupUrl: 'https://mailchimp.com/help/set-up-email-domain-authentication/',
  },
  {
    id: 'zoho', name: 'Zoho Mail',
    hostPatterns: [/(?:^|\.)zoho(?:mail)?\.(?:com|eu|in)$/i],
    spfInclude: 'include:zohomail.com',
    dkimSetupUrl: 'https://www.zoho.com/mail/help/adminconsole/dkim-configuration.html',
  },
];

/** The root dot a host name may end with. */
export const TRAILING_DOT = /\.$/;

/** Longest host text looked at per hop (a DNS name is at most 253 characters). */
const MAX_HOST_TEXT = 512;

/** The first known sending service among host names (e.g. the "by" and "from" hosts of Received headers). */
export function findSendingService(hosts: readonly (string | null | undefined)[]): SendingService | null {
  for (const raw of hosts) {
    if (typeof raw !== 'string' || !raw) continue;
    const host = (raw.length > MAX_HOST_TEXT ? raw.slice(0, MAX_HOST_TEXT) : raw).trim().replace(TRAILING_DOT, '');
    const hit = SENDING_SERVICES.find((s) => s.hostPatterns.some((p) => p.test(host)));
    if (hit) return hit;
  }
  return null;
}
