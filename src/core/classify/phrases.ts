/**
 * Phrase rules: which words in a rejection text mean which reason. Data only; the matching code is in
 * match-phrases.ts. Rules are tried in order and the first reason with a matching phrase wins, so the
 * narrower reasons come before the broader ones (a full mailbox or an authentication failure is often
 * also worded as "rejected" or "blocked").
 * Phrases are lower case and matched as plain substrings of the lower-cased, whitespace-collapsed
 * text: no regular expressions, so the cost is linear and there is nothing to backtrack.
 * Non-English phrases cover the bounces seen in the reference corpus (German, French, Spanish,
 * Italian, Portuguese, Japanese, Russian).
 */
import type { Reason } from './types.ts';

export interface PhraseRule {
  reason: Reason;
  /** Any of these substrings decides the reason. */
  phrases: readonly string[];
  /**
   * True when the words are more specific than any enhanced status code the server sends with them
   * (a named blocklist under "5.1.3", a sending-rate limit under "5.1.1").
   */
  overridesStatus?: boolean;
}

/**
 * Greylisting answers ("Greylisted, see ...", "greylisting in action", "you are gray-listed, try again
 * later", Mimecast's "Internal resource temporarily unavailable"). Plain substrings like every phrase.
 */
export const GREYLIST_PHRASES: readonly string[] = [
  'greylist', 'graylist', 'grey-list', 'gray-list', 'grey list', 'gray list',
  'internal resource temporarily unavailable', 'internal resources temporarily unavailable',
];

/**
 * A rate limit on what the recipient receives rather than on what the sender sends: Gmail's "is receiving
 * mail at a rate that prevents additional messages from being delivered" (4.2.1) and "receiving mail too
 * quickly" (5.2.1/4.2.1), and similar wordings of other providers. They decide 'speeding' (below) and
 * mark it ReasonDetail.recipientFlooded.
 */
export const RECIPIENT_FLOOD_PHRASES: readonly string[] = [
  'receiving mail at a rate', 'receiving email at a rate', 'receiving mail too quickly', 'receiving email too quickly',
  'receiving mail too fast', 'receiving email too fast',
];

export const PHRASE_RULES: readonly PhraseRule[] = [
  {
    // Greylisting: a deliberate "come back later" to an unknown sending server, usually worded as a
    // refusal ("Recipient address rejected: Greylisted"). First, so no refusal word outranks it; the
    // sending host is what was turned away (temporarily), hence 'blocked' with detail.greylisted.
    reason: 'blocked',
    phrases: GREYLIST_PHRASES,
    overridesStatus: true,
  },
  {
    // qmail: the receiver refused the sending host's own name (HELO), before any address.
    reason: 'blocked',
    phrases: ['my name was rejected', 'refused to talk to me'],
    overridesStatus: true,
  },
  {
    // The sending host itself is refused (an open relay, a host blocked for spamming): the cause is the
    // host, even when the answer also says "spam" or quotes a recipient-looking status.
    reason: 'blocked',
    phrases: [
      'which is an open relay', 'client host blocked', 'adresse ip source bloquee',
      // Gmail: the sending IP (typically a dynamic, residential one) may not send to it directly.
      'not authorized to send email directly',
    ],
    overridesStatus: true,
  },
  {
    // Deutsche Telekom (T-Online) turns a sending IP away with one fixed sentence, naming the IP first:
    // "554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact ... to clarify.)",
    // sometimes tagged "(BL)". It is about the sending IP (not accepted by their inbound servers), not the
    // recipient or the content, whatever vague status comes with it.
    reason: 'blocked',
    phrases: ['a problem occurred. (ask your postmaster for help'],
    overridesStatus: true,
  },
  {
    // Refused by the recipient's own settings (Facebook "RCP-P2"), whatever status came with it.
    reason: 'filtered',
    phrases: ['due to recipient preferences', 'badrcptto list'],
    overridesStatus: true,
  },
  {
    // A directory (LDAP) lookup that failed at the receiving site is its system error, even when the
    // sender's server later gave up ("in the queue too long").
    reason: 'systemerror',
    phrases: ['unable to contact ldap server', 'ldap server unavailable'],
  },
  {
    // A mailing-list manager (fml: "Duplicated Message-ID in <list>") refuses a post whose Message-ID it
    // has already handled: its loop and duplicate guard, a decision of the list's own system, not the
    // recipient's. ("Duplicate Message-ID header", two such headers in one message, is a different fault.)
    reason: 'systemerror',
    phrases: ['duplicated message-id'],
  },
  {
    // A header the RFCs allow once, sent twice (often DKIM-Signature: must not read as a DKIM failure).
    reason: 'notcompliantrfc',
    phrases: ['duplicate header'],
  },
  {
    reason: 'contenterror',
    phrases: ['headers too large'],
  },
  {
    // Too many messages or recipients in a period: a sending-rate limit, whatever code comes with it.
    reason: 'speeding',
    phrases: [
      'too many recipients this hour', 'sent to too many recipients', 'too many messages this hour',
      // Gmail, under 4.2.1: the recipient gets mail faster than it accepts (a rate, not a disabled mailbox).
      ...RECIPIENT_FLOOD_PHRASES,
    ],
    overridesStatus: true,
  },
  {
    // A spam verdict stated outright decides before any other word the notice quotes (SPF advice...).
    reason: 'spamdetected',
    phrases: ['due to spam classification', 'scored as spam', 'rejected as spam', 'blacklisted url', 'blacklisted link'],
  },
  {
    // A connection-rate limit is about connections, not about the message ("limit exceeded").
    reason: 'toomanyconn',
    phrases: ['connection rate limit', 'too many connections'],
  },
  {
    // "Over quota" says more than the status sent with it (some servers send 5.1.1 for a full mailbox).
    reason: 'mailboxfull',
    phrases: ['is over quota', 'mailbox is full', 'mailbox full'],
    overridesStatus: true,
  },
  {
    reason: 'mailboxfull',
    phrases: [
      'mailbox full', 'mailbox is full', 'mailbox was full', 'mailbox has exceeded', 'over quota', 'overquota',
      'quota exceeded', 'exceeded quota', 'exceeds quota', 'quota full', 'out of quota', 'over the quota',
      'over its quota', 'disk quota', 'mail quota', 'storage quota', 'insufficient storage', 'not enough space',
      'not enough storage', 'mailbox size limit', 'mailbox exceeds', 'mail box full', 'full mailbox',
      'user is over', 'is over quota', 'exceeds allowed message count', 'mailfolder is full', 'inbox is full',
      'account is full', 'no space left', 'maildir over quota', 'mailbox is over', 'quota', 'boîte pleine',
      'mailbox voll', 'postfach voll', 'casilla llena', 'too many messages in this mailbox',
      'the user\'s mailbox is over', 'user has exceeded', 'account is over', 'recipient\'s mailbox is full',
      'mailbox is at its limit', "recipient's mailbox exceeded", "messages in recipient's mailbox", 'has exceeded the max emails', 'over limit', 'mailbox has been full',
      // RFC 5321's own text for reply 552 ("Requested mail action aborted: exceeded storage allocation"),
      // and the same said of a person's storage.
      'exceeded storage allocation', 'exceeded their storage', 'exceeded his storage', 'exceeded her storage',
      'mailbox size exceeded',
      // The same in other languages (German, Russian, Italian, Spanish, French, Portuguese, Japanese).
      'postfach ist voll', 'ящик переполнен', 'casella piena', 'casella di posta piena', 'buzón lleno', 'buzon lleno',
      'buzón está lleno', 'buzon esta lleno', 'boîte aux lettres pleine', 'boite aux lettres pleine', 'boite pleine',
      'caixa postal cheia', 'caixa de correio cheia', 'caixa cheia', 'メールボックスが一杯', 'メールボックスがいっぱい',
      '容量オーバー', '容量超過',
      // German and Dutch wordings of a full mailbox.
      'speicherplatz des postfachs', 'postfach voll', 'mailbox vol', 'mailbox is vol', 'postvak vol', 'postvak is vol',
      // Polish, Czech, Swedish, Danish, Norwegian, Finnish, Turkish, Chinese and Korean wordings of a full mailbox.
      'skrzynka jest pełna', 'skrzynka odbiorcy jest pełna', 'skrzynka jest przepełniona', 'skrzynka odbiorcy jest przepełniona',
      'schránka je plná', 'schránka je přeplněná', 'brevlådan är full', 'postlådan är full', 'postkassen er fuld',
      'postkassen er full', 'postilaatikko on täynnä', 'posta kutusu dolu', '邮箱已满', '信箱已滿', '郵箱已滿', '邮箱空间不足',
      '사서함이 가득', '메일함이 가득', '메일함 용량',
    ],
  },
  {
    reason: 'mesgtoobig',
    phrases: [
      'message too big', 'line limit exceeded', 'message too large', 'message is too large', 'message size exceeds', 'size limit',
      'message length exceeds', 'exceeds size', 'exceeds the maximum size', 'exceeded the maximum size',
      'message exceeds', 'size exceeds', 'message size', 'too large', 'too big', 'maximum message size',
      'exceeds maximum allowed', 'mail size',
    ],
  },
  {
    reason: 'exceedlimit',
    phrases: [
      'exceeds limit', 'exceeded limit', 'limit exceeded', 'too many recipients', 'recipient limit',
      'message header size exceeds', 'exceeds the limit', 'exceeded storage allocation',
    ],
  },
  {
    reason: 'systemfull',
    phrases: ['mail system full', 'system full', 'disk full', 'file system full', 'out of disk', 'insufficient system storage', 'volume full'],
  },
  {
    reason: 'suspend',
    phrases: [
      'suspended', 'account disabled', 'account has been disabled', 'mailbox disabled', 'account is disabled',
      'disabled mailbox', 'mailbox is disabled', 'deactivated', 'account is locked', 'account locked',
      'account unavailable', 'is not active', 'not activated',
      'has been disabled', 'account expired', 'blocked account', 'account is blocked', 'temporarily disabled',
      'mailbox currently suspended', 'account has been deactivated',
      'recipient suspended', 'mailbox is frozen', 'account is frozen', 'this account has been disabled or discontinued',
      // Gmail's wording for a disabled account; an account or mailbox closed for not being used.
      'tried to reach is disabled', 'tried to reach is inactive', 'account inactive', 'account is inactive', 'mailbox inactive', 'mailbox is inactive',
      'due to inactivity',
      // An account whose term has run out ("User account is expired"): not the delivery time expiring.
      'account is expired', 'account has expired', 'mailbox has expired', 'mailbox is expired',
    ],
  },
  {
    reason: 'hasmoved',
    phrases: ['has moved', 'address has changed', 'user has moved', 'no longer at', 'moved to', 'new address', 'mailbox has moved', 'forward to'],
  },
  {
    reason: 'norelaying',
    phrases: [
      'relay access denied', 'not configured to relay', 'address is not verified', 'relaying denied', 'relay denied', 'relaying not allowed', 'relay not permitted',
      'not permitted to relay', 'we do not relay', 'unable to relay', 'relaying mail to', 'relay not allowed',
      'does not relay', 'relaying prohibited', 'not allowed to relay', 'no relaying', 'relay prohibited',
      "we don't relay", 'relay not authorized', 'insecure mail relay', 'sorry, that domain isn\'t in my list of allowed rcpthosts',
      'that domain isn\'t in my list of allowed rcpthosts', 'mail relay denied', 'relaying to <',
    ],
  },
  {
    reason: 'authfailure',
    phrases: [
      'spf check', 'spf fail', 'spf validation', 'spf record', 'sender policy framework', 'spf=fail', 'spf: fail',
      'dkim', 'dmarc', 'does not pass spf', 'failed spf', 'spf-fail', 'spf) failed', 'not designated',
      'not authorized to send on behalf', 'is not allowed to send mail from', 'not permitted by domain',
      'sender authentication', 'authentication checks did not pass', 'unauthenticated email',
      'has not passed', '5.7.509', '5.7.23', '5.7.26', 'sender id', 'senderid',
    ],
  },
  {
    reason: 'requireptr',
    phrases: [
      'no ptr record', 'ptr record', 'unverifyable sending ip', 'unverifiable sending ip', 'mismatches client ip', 'reverse dns', 'reverse lookup', 'rdns', 'reverse mapping',
      'cannot resolve your address', 'cannot find your hostname', 'client host rejected: cannot find your',
      'no reverse', 'your ip has no ptr', 'unresolvable address', 'ip name lookup failed',
      'host name lookup failed', 'does not resolve to', 'reverse hostname', 'ptr lookup', 'not have a ptr',
      'without a ptr', 'dns ptr', 'invalid hostname in the helo', 'client ip address has no ptr',
      'hostname does not match ip address', 'cannot find your reverse hostname', 'no matching reverse',
      'hostname lookup failed', 'unknown client host', 'domain name lookup failed',
    ],
  },
  {
    // Refusals of the sender's own address, worded like a recipient problem ("address rejected").
    reason: 'rejected',
    phrases: [
      'sender address rejected', 'sender rejected', 'domain of sender address', 'sender verify failed',
      'sender domain must exist', 'sender unknown', 'unknown sender', 'invalid sender', 'bad sender',
      'sender is not allowed', 'sender not allowed', 'envelope sender', 'mail from address',
      // Google Groups: the group does not exist or the sender may not post to it (English, Japanese).
      'purported responsible address', 'provide a valid from', 'from: domain is invalid', 'permission to post', 'not have permission to post', '投稿する権限', 'sender was rejected',
      'are not member', 'not a member of', 'address that has been blacklisted',
    ],
  },
  {
    // An address the server could not parse is a syntax problem of the message's envelope.
    reason: 'syntaxerror',
    phrases: ['malformed address', 'may not follow'],
  },
  {
    // A named DNS or routing failure is the cause even when the notice also says it gave up.
    reason: 'networkerror',
    overridesStatus: true,
    phrases: [
      'no route to host', 'dns query failed', 'host name lookup failure', 'name server reply', "wasn't able to establish an smtp connection",
      'unable to establish an smtp connection',
    ],
  },
  {
    // A domain that exists but publishes no (or a null) mail exchanger accepts no mail at all.
    reason: 'notaccept',
    phrases: [
      'no mx found', 'no mx record found', "couldn't find a mail exchanger", 'could not find a mail exchanger', 'null mx',
      'does not accept mail', 'accepts no mail', 'domain does not accept', 'not accepting any mail',
      'not accepting network messages', 'no smtp service',
    ],
  },
  {
    reason: 'hostunknown',
    phrases: [
      'dns lookup failure',
      'host unknown', 'unknown host', 'host not found', 'domain not found', 'no such domain', 'unknown domain',
      'domain does not exist', 'domain unknown', 'unrouteable address', 'unroutable address', 'name or service not known',
      'host or domain name not found', 'nxdomain', 'no mx', 'no mail servers', 'name server', 'does not exist (domain',
      'domain is not', 'not a valid domain', 'invalid domain', 'domain name not found',
      'illegal host/domain', 'unknown mail domain', 'couldn\'t find any host',
      'could not find any host', 'the domain name', 'dns error', 'domain has no', 'not our customer',
      'bad destination system', 'all relevant mx records point to non-existent hosts', 'mx record',
      // cPanel's Exim, when no route to the domain could be looked up (it lists possible causes after).
      'the account or domain may not exist',
    ],
  },
  {
    // A server reporting its own directory lookup as a heading that names the user ("Unknown user:
    // jane@example.com", IMail's wording): the mailbox does not exist there, whatever command it was
    // (definite, see DEFINITE_USERUNKNOWN_PHRASES). Before the general rule, which holds "unknown user".
    reason: 'userunknown',
    phrases: ['unknown user:'],
  },
  {
    reason: 'userunknown',
    phrases: [
      'user unknown', 'unknown user', 'no such user', 'no such mailbox', 'no such recipient', 'no such address',
      'no such account', 'user not found', 'recipient not found', 'mailbox not found', 'address not found',
      'does not exist', 'doesn\'t exist', 'invalid recipient', 'invalid mailbox', 'invalid address', 'unknown recipient',
      'recipient unknown', 'unknown address', 'address unknown', 'mailbox unknown', 'unknown mailbox', 'unknown local part',
      'not a valid mailbox', 'no mailbox', 'mailbox does not exist', 'recipient rejected',
      'user doesn\'t have', 'recipient name is not recognized', 'no account', 'account does not exist', 'is not a valid', 'no valid recipients',
      'undeliverable address', 'bad destination mailbox', 'no longer valid',
      'not our user', 'not a known user', 'this user doesn\'t have', 'addressee unknown', 'unknown or illegal alias',
      'user invalid', 'invalid user', 'unrouteable', 'couldn\'t be found', 'could not be found', 'resolver.adr.recipnotfound',
      'recipnotfound', 'mapiexceptionunknownuser', 'not listed in', 'no such person', 'user does not exist', 'mailbox unavailable',
      'unbekannt', 'existiert nicht', 'inexistant', 'n\'existe pas', 'no existe', 'inesistente', 'non esiste',
      'não existe', 'desconhecido', 'не существует', 'нет такого', 'no such local user', 'user is unknown',
      // German, Dutch and Japanese wordings of a missing mailbox.
      'postfach nicht vorhanden', 'empfänger nicht vorhanden', 'benutzer nicht vorhanden', 'gebruiker onbekend',
      'onbekende gebruiker', 'ユーザが見つかりません', 'ユーザーが見つかりません', 'ユーザが存在しません',
      'unknown account', 'invalid account', 'is unavailable', 'email address could not be found',
      'wasn\'t found', 'was not found', 'not found', 'rejected: user', 'bad address', 'address is invalid',
      'this address no longer accepts mail', 'destinataire inconnu', 'unknown in virtual', 'dd this user',
      'user not exist', 'user not listed', 'invalid final delivery userid',
      // Google Workspace's answer for an address its domain has no account for ("550 #5.1.0 Address rejected").
      '#5.1.0 address rejected',
      // The same in other languages (Italian, Spanish, French, Portuguese, Russian, Japanese).
      'utente sconosciuto', 'destinatario sconosciuto', 'usuario desconocido', 'destinatario desconocido',
      'utilisateur inconnu', 'adresse inconnue', 'usuário inexistente', 'usuario inexistente',
      'пользователь не найден', 'адресат не найден', '宛先不明', 'ユーザーが存在しません', 'ユーザが存在しません', '存在しないユーザ',
      // Postfix's access table refusing a recipient, and Exchange Online's directory check ("5.4.1 Recipient
      // address rejected: Access denied"): the address is not one the domain accepts. Here, before the
      // bare "access denied" of the blocked rules, which says nothing about whom.
      'recipient address rejected: access denied',
      // Polish, Czech, Swedish, Danish, Norwegian, Finnish, Dutch, Turkish, Chinese and Korean wordings of a
      // missing mailbox or an unknown recipient.
      'użytkownik nie istnieje', 'nie ma takiego użytkownika', 'nieznany użytkownik', 'nieznany adresat', 'uživatel neexistuje',
      'neznámý uživatel', 'neznámý příjemce', 'okänd mottagare', 'användaren finns inte', 'ukendt modtager',
      'brugeren findes ikke', 'ukjent mottaker', 'brukeren finnes ikke', 'tuntematon vastaanottaja', 'käyttäjää ei ole',
      'onbekende ontvanger', 'ontvanger onbekend', 'kullanıcı bulunamadı', 'bilinmeyen alıcı', '用户不存在', '收件人不存在',
      '使用者不存在', '收件者不存在', '존재하지 않는 사용자', '받는 사람을 찾을 수 없',
      // Outlook's headline "<name> wasn't found at <domain>." in other languages, which says more than the
      // 5.1.10 of its status line (Exchange's code for a recipient it could not find; elsewhere a null MX):
      // "nicht gefunden", "introuvable", "impossibile trovare", "não foi possível encontrar", "nie znaleziono",
      // "gick inte att hitta", "ei löytynyt", "nebyl nalezen", "не удалось найти", "找不到", "을(를) 찾을 수 없".
      'nicht gefunden', 'est introuvable', 'impossibile trovare', 'não foi possível encontrar', 'no se encontró a',
      'nie znaleziono', 'gick inte att hitta', 'ei löytynyt', 'nebyl nalezen', 'не удалось найти', '找不到',
      '을(를) 찾을 수 없',
    ],
  },
  {
    reason: 'notcompliantrfc',
    phrases: [
      'rfc 5322', 'rfc5322', 'rfc 2822', 'rfc2822', 'rfc 822', 'rfc822 compliant', 'duplicate header',
      'multiple from', 'multiple subject', 'multiple date', 'multiple message-id', 'multiple to',
      'not rfc compliant', 'non-compliant', 'noncompliant', 'missing date', 'missing from', 'invalid from header',
      'bare lf', 'bare line feed', 'header syntax', 'is not valid rfc', 'rfc compliance',
      'messages with multiple addresses in from', 'addresses in from: header',
    ],
  },
  {
    reason: 'badreputation',
    phrases: [
      'poor reputation', 'bad reputation', 'low reputation', 'sender reputation', 'ip reputation',
      'domain reputation', 'reputation of', 'reputation is', 'sending reputation', 'reputation score',
      'temporarily rate limited due to ip reputation', 'suspicious due to the very low reputation',
    ],
  },
  {
    reason: 'rejected',
    phrases: [
      'sender rejected', 'sender address rejected', 'sender denied', 'sender unknown', 'unknown sender',
      'sender verification', 'invalid sender', 'sender domain', 'domain of sender address', 'sender not allowed',
      'bad sender', 'sender is not', 'sender address', 'envelope sender', 'return path',
      'not accepting mail from', 'sender mismatch', 'from address', 'address of sender',
      'your email address', 'reject sender', 'rejected sender', 'sender\'s domain', 'domain of sender',
      'sender has been blocked', 'denied sender', 'blacklisted sender', 'senders address',
    ],
  },
  {
    reason: 'filtered',
    phrases: [
      'refused by recipient', 'rejected by recipient', 'recipient rejected your',
      'not accepting mail from', 'does not accept mail from', 'is not accepting', 'recipient refuses',
      'rejected by the recipient', 'message filtered', 'mail was refused', 'blocked by recipient',
      'sender is blocked', 'sender blocked', 'you have been blocked by the recipient',
      // EZweb: the recipient's domain filter refused the message.
      'recipients was rejected by a remote mail server',
    ],
  },
  {
    // An attachment refused for its kind ("Attachment blocked: banned file type"): the site's policy on
    // content, before the blocked rules below, whose "blocked" and "banned" would read it as the sending host.
    reason: 'policyviolation',
    phrases: ['attachment blocked', 'attachment was blocked', 'attachment has been blocked', 'blocked attachment', 'forbidden attachment', 'banned file'],
  },
  {
    // A named blocklist decides before the content words ("spamhaus" contains "spam").
    reason: 'blocked',
    overridesStatus: true,
    phrases: [
      'spamhaus', 'spamcop', 'sorbs.net', 'barracudacentral', 'blocked using', 'dnsbl', 'blacklisted', 'blocklisted',
      'listed at', 'listed in', 'listed on', 'invalid ip for sending', 'service refuse', 'my name was rejected', 'use the smtp server of your isp',
    ],
  },
  {
    reason: 'spamdetected',
    phrases: [
      'spam', 'junk mail', 'unsolicited', 'bulk mail', 'message content rejected', 'content rejected',
      'looks like spam', 'classified as', 'score too high', 'spam score', 'suspicious content',
      'detected as', 'high probability', 'this message has been blocked', 'uce',
      'our system has detected that this message is', 'likely unsolicited', 'url blacklist',
      'message rejected as', 'rejected as spam', 'mail appears to be', 'identified as',
    ],
  },
  {
    reason: 'virusdetected',
    phrases: ['virus', 'malware', 'infected', 'trojan', 'worm detected', 'malicious'],
  },
  {
    reason: 'speeding',
    phrases: ['rate limit', 'ratelimit', 'rate-limit', 'too many messages', 'sending rate', 'too fast', 'throttl', 'slow down'],
  },
  {
    reason: 'toomanyconn',
    phrases: [
      'frequency limited', 'too many connections from',
      'too many connections', 'too many concurrent', 'connection limit', 'too many sessions', 'maximum connections',
      'too many simultaneous', 'connection rate', 'too many smtp sessions',
    ],
  },
  {
    reason: 'blocked',
    phrases: [
      'spamhaus', 'spamcop', 'sorbs', 'barracudacentral', 'blacklisted', 'blacklist', 'blocklist', 'block list',
      'black list', 'dnsbl', 'rbl', 'listed at', 'listed in', 'listed on', 'is listed', 'ip address is blocked',
      'blocked using', 'blocked ip', 'client host rejected', 'connection refused by', 'your ip', 'your ip address',
      'ip address has been', 'ip blocked', 'has been blocked', 'has been temporarily blocked', 'mail server ip',
      'sender ip', 'sending ip', 'connecting ip', 'connection rejected', 'rejected because your ip',
      'service unavailable; client host', 'not allowed to connect', 'connections not accepted from',
      'denied by policy', 'banned', 'host blocked', 'server ip', 'blocked by', 'you are not allowed to connect',
      'dynamic ip', 'dial-up', 'dialup', 'residential', 'open proxy', 'refused to talk', 'rejected by policy',
      'your access to this mail system has been rejected', 'blocked for spam', 'temporarily deferred due to',
      'jamás', 'ip address is on a', 'because of the ip', 'mail from ip', 'ip rejected',
      'has refused your', 'your host', 'host rejected', 'rejected due to', 'you are not allowed',
      'denied by ip', 'access denied - invalid', 'rejected - connections', 'bl21', 'tss04', 'ss-', 'sc-001', 'sc-002',
      'sc-004', 'block reason', 'not accepting connections', 'connection blocked', 'your network',
    ],
  },
  {
    // A bare "access denied", apart from the words above so that any of them decides first (it is in
    // VAGUE_BLOCK_PHRASES: a status code sent with it outranks it).
    reason: 'blocked',
    phrases: ['access denied'],
  },
  {
    reason: 'policyviolation',
    phrases: [
      'policy violation', 'protocol violation', 'content presents a potential', 'host network not allowed', 'violates', 'violation of', 'prohibited attachment', 'attachment type', 'attachment not allowed',
      'file type', 'executable', 'not allowed attachment', 'banned attachment', 'content policy', 'message policy',
      'local policy', 'policy reasons', 'policy rejection', 'our policy', 'by policy', 'policy restrictions',
      'mail policy', 'email policy', 'disallowed', 'restricted', 'is not permitted', 'not permitted',
      'encrypted attachments', 'password protected', 'illegal attachment', 'header error', 'sending policy', 'the domain is not allowed', 'dlp',
      // A moderated group or list whose moderator turned the message down (Exchange, Google Groups, list servers).
      'approved by the moderator', 'rejected by the moderator', 'declined by the moderator', 'moderator rejected', 'moderation rejected',
    ],
  },
  {
    reason: 'failedstarttls',
    phrases: ['does not support tls', 'starttls failed', 'tls negotiation failed', 'starttls negotiation', 'failed to start tls', 'tls handshake'],
  },
  {
    reason: 'securityerror',
    phrases: [
      'authentication required', 'authentication failed', 'auth failed', 'must be authenticated', 'not authenticated',
      'requires authentication', 'tls required', 'must issue a starttls', 'encryption required', 'starttls required',
      'must use tls', 'credentials', 'password', 'certificate', 'submission requires', 'smtp auth',
      'unauthenticated', 'security policy', 'authorization required', 'sender verify failed', 'verification failed',
      'not authorized', 'unauthorized', 'is not authorized to',
    ],
  },
  {
    reason: 'expired',
    phrases: [
      'retry timeout exceeded', 'host not reachable', 'attempts:', 'connection timed out', 'connection timeout', 'timed out', 'timeout', 'did not accept our requests to connect', 'all hosts have been failing', 'have been failing for a long time', 'retry time', 'retry timeout', 'delivery time expired', 'time expired', 'message expired', 'queue too long',
      'too long in queue', 'undeliverable for', 'could not be delivered for', 'delivery attempts will continue',
      'giving up', 'gave up', 'has been delayed', 'message is delayed', 'delivery has been delayed', 'were not delivered within', 'was not delivered within', 'was aborted after',
      'expired', 'retry period', 'not delivered in', 'been in the queue', 'was not delivered after', 'exceeded the maximum time',
      'delivery retry', 'unable to deliver in', 'could not deliver for', 'deferred', 'will be retried',
    ],
  },
  {
    reason: 'networkerror',
    phrases: [
      'network error', 'network is unreachable', 'connection reset',
      'lost connection', 'could not connect', 'unable to connect', 'connection lost',
      'routing loop', 'mail loop', 'loop detected', 'too many hops', 'hop count', 'dns lookup', 'temporary failure in name',
      'name server timeout', 'dns failure', 'broken pipe', 'no route', 'unreachable', 'host lookup did not complete',
      'malformed or unexpected name server reply', 'servfail',
    ],
  },
  {
    reason: 'notaccept',
    phrases: [
      'does not accept mail', 'does not accept email', 'accepts no mail', 'null mx', 'not accepting mail',
      'no mail accepted', 'does not receive mail', 'mail not accepted', 'connection refused', 'refuses mail',
      'not accept mail', 'does not accept any', 'this domain does not accept',
    ],
  },
  {
    reason: 'contenterror',
    phrases: [
      'content error', 'invalid content', 'message content', 'character set', 'charset', 'encoding error',
      'malformed', 'invalid mime', 'mime error', 'message header', 'header is',
      'headers', 'line too long', 'too long line', '8-bit', '8bit',
    ],
  },
  {
    reason: 'syntaxerror',
    phrases: ['sequence of commands', 'syntax error', 'command unrecognized', 'command not recognized', 'unrecognized command', 'bad sequence of commands', 'invalid command', 'command not implemented', 'parameter not implemented'],
  },
  {
    reason: 'mailererror',
    phrases: [
      'mailer error', 'procmail', 'maildrop', 'local delivery failed', 'command failed', 'exit code', 'program failed',
      'unknown mailer error', 'x-unix', 'pipe to |', 'command died', 'delivery program',
      // A program recipient as Sendmail lists it ("|/path/to/script"): the local program failed. ("fatal
      // error" is not a phrase: Sendmail's heading "had permanent fatal errors" heads every bounce.)
      '"|/',
    ],
  },
  {
    // The receiving server keeps the message without deciding (its own words).
    reason: 'onhold',
    phrases: ['on hold'],
  },
  {
    reason: 'systemerror',
    phrases: [
      'system error', 'internal error', 'upstream error', 'write error', 'could not load', 'server error', 'local error',
      'system failure', 'server failure', 'system config error', 'configuration error', 'misconfigured', 'resources',
      'unavailable', 'out of memory', 'server busy', 'too busy', 'interrupted', 'i/o error',
      'transaction failed', 'unable to deliver', 'processing error', 'service not available', 'mail system problem',
    ],
  },
  {
    // Postfix's generic refusal of a recipient, when nothing more specific was said.
    reason: 'userunknown',
    phrases: ['recipient address rejected'],
  },
];

/**
 * The name under which the classifier reports an answer refusing the recipient's own address by name
 * ("<address> rejected", recipient-refused.ts): not a table phrase (it depends on the address), but
 * definite like those below.
 */
export const RECIPIENT_REFUSED_BY_NAME = '<recipient> rejected';

/**
 * "User unknown" phrases that say the mailbox does not exist even when the bounce does not tell which
 * SMTP command was refused (other user-unknown words without that context are read as a filter's verdict).
 */
export const DEFINITE_USERUNKNOWN_PHRASES: ReadonlySet<string> = new Set([
  RECIPIENT_REFUSED_BY_NAME,
  'recipient name is not recognized', 'unknown recipient', 'mailbox unavailable', "couldn't be found", 'mapiexceptionunknownuser',
  'recipient not found', 'no such recipient',
  // Lotus Notes: "User not listed in public Name & Address Book" (the directory has no such person).
  'user not listed',
  // IMail: the final delivery user id is not valid.
  'invalid final delivery userid',
  // Yahoo's "dd This user doesn't have a ... account": its code for an address it has no mailbox for.
  'dd this user',
  // Google Workspace: the domain is theirs and has no such account.
  '#5.1.0 address rejected',
  // A heading naming the unknown user ("Unknown user: jane@example.com").
  'unknown user:',
]);

/**
 * "Blocked" phrases too vague to outrank any status code sent with them: a bare "Access denied" names
 * neither the sending IP nor a list, so a 5.7.1 beside it decides (without a status the phrase still does).
 */
export const VAGUE_BLOCK_PHRASES: ReadonlySet<string> = new Set(['access denied']);

/**
 * Phrases that say only that the recipient was refused, not why: Postfix writes "Recipient address
 * rejected:" before the text of whatever restriction refused it (a media error, a security policy, a
 * missing mailbox). When nothing else in the answer matched, a status code sent with it is the better
 * witness of the cause, even one that decides only weakly (5.6.0 a content fault, 5.7.0 a security
 * refusal); without a status code the phrase still reads as a refused (unknown) recipient.
 */
export const VAGUE_REFUSAL_PHRASES: ReadonlySet<string> = new Set(['recipient address rejected']);

/**
 * Markers of the service that wrote the notice, deciding the reason when the recipient's own lines do
 * not: a Google Groups notice (in any of its languages) always means the group refused the post.
 */
export const NOTICE_RULES: readonly { marker: string; reason: Reason }[] = [
  { marker: 'groups.google.com/support', reason: 'rejected' },
];

/**
 * Fixed sentences a notice writes beside its recipient lines that state the cause more precisely than
 * the recipient's line, and decide over it when that line was read as `over`:
 * - au/EZweb writes "The user(s) account is disabled." above "<address>: user unknown";
 * - amavis lists the header faults it found ("Duplicate header field: "From"") in the notice of a
 *   message it refused with only its category tag ("554 5.7.0 Reject, id=... - SPAM"): a header given
 *   twice is a concrete fault of the message to fix, and the likely cause of the verdict.
 * Matched case-sensitively in the raw notice text (one indexOf each), and only for recipients read as
 * one of the `over` reasons, so they cost nothing elsewhere.
 */
export const NOTICE_OVERRIDES: readonly { sentence: string; reason: Reason; over: Reason }[] = [
  { sentence: 'The user(s) account is disabled', reason: 'suspend', over: 'userunknown' },
  { sentence: 'The user(s) account is temporarily over quota', reason: 'mailboxfull', over: 'userunknown' },
  { sentence: 'Duplicate header field: ', reason: 'notcompliantrfc', over: 'spamdetected' },
];
