/**
 * Localized notices as help-desk staff outside the English-speaking world paste them: Outlook / Exchange
 * Online (current layout and OWA's copy), classic Exchange, and Gmail write their non-delivery, delay and
 * delivery notices in the user's language, and Outlook's auto-replies carry a localized subject prefix.
 * Written for this project in those layouts, with reserved names and addresses only. The server's answer
 * stays in English where servers usually answer in English; the notice's own words around it are localized.
 */
import type { PastedNotice } from './pasted-notices.data.ts';

const lines = (...l: string[]): string => l.join('\n');

/** The localized words of Outlook's current notice used below. */
interface OutlookWords {
  /** "Your message to {to} couldn't be delivered." with {to} in place. */
  opening: string;
  /** "More Info for Email Admins" */
  admins: string;
  /** "Status code" */
  statusCode: string;
  /** "Original Message Details" */
  original: string;
  /** "Sender Address" */
  sender: string;
  /** "Recipient Address" */
  recipient: string;
  /** "Subject" */
  subject: string;
  /** "Error Details" */
  errorDetails: string;
  /** "Reported error" */
  error: string;
}

/**
 * Outlook / OWA's notice as copied from the reading pane: label and value on one line with a tab, or
 * (`owa`) each value on the line under its label, as OWA's copy gives them.
 */
function outlookNotice(w: OutlookWords, o: { to: string; sender: string; headline: string; status: string; error: string; owa?: boolean }): string {
  const field = (label: string, value: string): string => (o.owa ? `${label}:\n${value}` : `${label}:\t${value}`);
  return lines(
    w.opening.replace('{to}', o.to),
    o.headline,
    '',
    w.admins,
    `${w.statusCode}: ${o.status}`,
    '',
    w.original,
    field(w.sender, o.sender),
    field(w.recipient, o.to),
    field(w.subject, 'RE: 4471'),
    '',
    w.errorDetails,
    field(w.error, o.error),
  );
}

const NOT_FOUND = (to: string): string => `550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ${to} not found by SMTP address lookup`;
const QUOTA = '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception';
const SPAM_OUT = '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)';
const BANNED_IP = '550 5.7.606 Access denied, banned sending IP [203.0.113.45]. To request removal from this list please visit https://delist.example/ and follow the directions.';

const DE: OutlookWords = {
  opening: 'Ihre Nachricht an {to} konnte nicht zugestellt werden.', admins: 'Weitere Informationen für E-Mail-Administratoren',
  statusCode: 'Statuscode', original: 'Details zur ursprünglichen Nachricht', sender: 'Absenderadresse', recipient: 'Empfängeradresse',
  subject: 'Betreff', errorDetails: 'Fehlerdetails', error: 'Gemeldeter Fehler',
};
const FR: OutlookWords = {
  opening: 'Votre message à {to} n\'a pas pu être remis.', admins: 'Plus d\'informations pour les administrateurs de messagerie',
  statusCode: 'Code d\'état ', original: 'Détails du message d\'origine', sender: 'Adresse de l\'expéditeur ', recipient: 'Adresse du destinataire ',
  subject: 'Objet ', errorDetails: 'Détails de l\'erreur', error: 'Erreur signalée ',
};
const ES: OutlookWords = {
  opening: 'No se pudo entregar el mensaje a {to}.', admins: 'Más información para los administradores de correo electrónico',
  statusCode: 'Código de estado', original: 'Detalles del mensaje original', sender: 'Dirección del remitente', recipient: 'Dirección del destinatario',
  subject: 'Asunto', errorDetails: 'Detalles del error', error: 'Error notificado',
};
const IT: OutlookWords = {
  opening: 'Impossibile recapitare il messaggio a {to}.', admins: 'Altre informazioni per gli amministratori di posta elettronica',
  statusCode: 'Codice di stato', original: 'Dettagli del messaggio originale', sender: 'Indirizzo mittente', recipient: 'Indirizzo destinatario',
  subject: 'Oggetto', errorDetails: 'Dettagli errore', error: 'Errore segnalato',
};
const PT_BR: OutlookWords = {
  opening: 'Sua mensagem para {to} não pôde ser entregue.', admins: 'Mais informações para administradores de email',
  statusCode: 'Código de status', original: 'Detalhes da Mensagem Original', sender: 'Endereço do Remetente', recipient: 'Endereço do Destinatário',
  subject: 'Assunto', errorDetails: 'Detalhes do Erro', error: 'Erro Relatado',
};
const PT_PT: OutlookWords = {
  opening: 'Não foi possível entregar a sua mensagem a {to}.', admins: 'Mais informações para administradores de e-mail',
  statusCode: 'Código de estado', original: 'Detalhes da Mensagem Original', sender: 'Endereço do Remetente', recipient: 'Endereço do Destinatário',
  subject: 'Assunto', errorDetails: 'Detalhes do Erro', error: 'Erro Comunicado',
};
const NL: OutlookWords = {
  opening: 'Uw bericht aan {to} kan niet worden bezorgd.', admins: 'Meer informatie voor e-mailbeheerders',
  statusCode: 'Statuscode', original: 'Details van het oorspronkelijke bericht', sender: 'Adres afzender', recipient: 'Adres ontvanger',
  subject: 'Onderwerp', errorDetails: 'Foutdetails', error: 'Gerapporteerde fout',
};
const PL: OutlookWords = {
  opening: 'Nie można dostarczyć Twojej wiadomości do {to}.', admins: 'Więcej informacji dla administratorów poczty e-mail',
  statusCode: 'Kod stanu', original: 'Szczegóły oryginalnej wiadomości', sender: 'Adres nadawcy', recipient: 'Adres adresata',
  subject: 'Temat', errorDetails: 'Szczegóły błędu', error: 'Zgłoszony błąd',
};
const SV: OutlookWords = {
  opening: 'Det gick inte att leverera meddelandet till {to}.', admins: 'Mer information för e-postadministratörer',
  statusCode: 'Statuskod', original: 'Information om ursprungligt meddelande', sender: 'Avsändaradress', recipient: 'Mottagaradress',
  subject: 'Ämne', errorDetails: 'Felinformation', error: 'Rapporterat fel',
};
const DA: OutlookWords = {
  opening: 'Din meddelelse til {to} kunne ikke leveres.', admins: 'Flere oplysninger til mailadministratorer',
  statusCode: 'Statuskode', original: 'Oplysninger om oprindelig meddelelse', sender: 'Afsenderadresse', recipient: 'Modtageradresse',
  subject: 'Emne', errorDetails: 'Fejloplysninger', error: 'Rapporteret fejl',
};
const NO: OutlookWords = {
  opening: 'Meldingen til {to} kunne ikke leveres.', admins: 'Mer informasjon for e-postadministratorer',
  statusCode: 'Statuskode', original: 'Detaljer for opprinnelig melding', sender: 'Avsenderadresse', recipient: 'Mottakeradresse',
  subject: 'Emne', errorDetails: 'Feildetaljer', error: 'Rapportert feil',
};
const FI: OutlookWords = {
  opening: 'Viestiäsi vastaanottajalle {to} ei voitu toimittaa.', admins: 'Lisätietoja sähköpostin järjestelmänvalvojille',
  statusCode: 'Tilakoodi', original: 'Alkuperäisen viestin tiedot', sender: 'Lähettäjän osoite', recipient: 'Vastaanottajan osoite',
  subject: 'Aihe', errorDetails: 'Virheen tiedot', error: 'Ilmoitettu virhe',
};
const CS: OutlookWords = {
  opening: 'Vaši zprávu pro {to} nebylo možné doručit.', admins: 'Další informace pro správce e-mailu',
  statusCode: 'Stavový kód', original: 'Podrobnosti o původní zprávě', sender: 'Adresa odesílatele', recipient: 'Adresa příjemce',
  subject: 'Předmět', errorDetails: 'Podrobnosti o chybě', error: 'Oznámená chyba',
};
const RU: OutlookWords = {
  opening: 'Не удалось доставить сообщение для {to}.', admins: 'Дополнительные сведения для администраторов электронной почты',
  statusCode: 'Код состояния', original: 'Сведения об исходном сообщении', sender: 'Адрес отправителя', recipient: 'Адрес получателя',
  subject: 'Тема', errorDetails: 'Сведения об ошибке', error: 'Сообщение об ошибке',
};
const TR: OutlookWords = {
  opening: '{to} adresine gönderdiğiniz ileti teslim edilemedi.', admins: 'E-posta Yöneticileri için Daha Fazla Bilgi',
  statusCode: 'Durum kodu', original: 'Özgün İleti Ayrıntıları', sender: 'Gönderen Adresi', recipient: 'Alıcı Adresi',
  subject: 'Konu', errorDetails: 'Hata Ayrıntıları', error: 'Bildirilen hata',
};
const JA: OutlookWords = {
  opening: 'メッセージを {to} に配信できませんでした。', admins: '電子メール管理者向けの詳細情報',
  statusCode: '状態コード', original: '元のメッセージの詳細', sender: '送信者アドレス', recipient: '受信者アドレス',
  subject: '件名', errorDetails: 'エラーの詳細', error: '報告されたエラー',
};
const ZH_CN: OutlookWords = {
  opening: '你发送给 {to} 的邮件无法送达。', admins: '电子邮件管理员的详细信息',
  statusCode: '状态代码', original: '原始邮件详细信息', sender: '发件人地址', recipient: '收件人地址',
  subject: '主题', errorDetails: '错误详细信息', error: '报告的错误',
};
const ZH_TW: OutlookWords = {
  opening: '您寄給 {to} 的郵件無法傳遞。', admins: '電子郵件系統管理員的詳細資訊',
  statusCode: '狀態碼', original: '原始郵件詳細資料', sender: '寄件者地址', recipient: '收件者地址',
  subject: '主旨', errorDetails: '錯誤詳細資料', error: '回報的錯誤',
};
const KO: OutlookWords = {
  opening: '{to}(으)로 보낸 메시지를 배달할 수 없습니다.', admins: '전자 메일 관리자를 위한 추가 정보',
  statusCode: '상태 코드', original: '원본 메시지 세부 정보', sender: '보낸 사람 주소', recipient: '받는 사람 주소',
  subject: '제목', errorDetails: '오류 세부 정보', error: '보고된 오류',
};

const notFound = (w: OutlookWords, to: string, sender: string, headline: string, owa = false): PastedNotice['text'] =>
  outlookNotice(w, { to, sender, headline, status: '550 5.1.10', error: NOT_FOUND(to), owa });

/** The top of each Outlook notice above with a 5.1.10 (recipient not found) headline. */
function LOCALIZED_TOPS(): PastedNotice[] {
  const headlines: readonly [OutlookWords, string, string][] = [
    [DE, 'top-de@example.com', '{name} wurde unter example.com nicht gefunden.'],
    [FR, 'top-fr@example.com', '{name} est introuvable sur example.com.'],
    [ES, 'top-es@example.com', 'No se encontró a {name} en example.com.'],
    [IT, 'top-it@example.com', 'Impossibile trovare {name} in example.com.'],
    [PT_PT, 'top-pt@example.com', 'Não foi possível encontrar {name} em example.com.'],
    [PL, 'top-pl@example.com', 'Nie znaleziono {name} w example.com.'],
    [SV, 'top-sv@example.com', 'Det gick inte att hitta {name} på example.com.'],
    [FI, 'top-fi@example.com', 'Vastaanottajaa {name} ei löytynyt toimialueesta example.com.'],
    [CS, 'top-cs@example.com', 'Příjemce {name} nebyl nalezen v doméně example.com.'],
    [RU, 'top-ru@example.com', 'Не удалось найти {name} в example.com.'],
    [ZH_CN, 'top-cn@example.com', '在 example.com 找不到 {name}。'],
    [ZH_TW, 'top-tw@example.com', '在 example.com 找不到 {name}。'],
    [KO, 'top-ko@example.com', 'example.com에서 {name}을(를) 찾을 수 없습니다.'],
  ];
  return headlines.map(([w, to, headline]) => ({
    name: `Outlook, top only: "${headline.replace('{name}', to.slice(0, to.indexOf('@')))}"`,
    text: lines(w.opening.replace('{to}', to), headline.replace('{name}', to.slice(0, to.indexOf('@'))), '', w.admins, `${w.statusCode}: 550 5.1.10`),
    recipients: [{ address: to, reason: 'userunknown', status: '5.1.10', replyCode: '550', permanent: true }],
  }));
}

export const LOCALIZED_NOTICES: readonly PastedNotice[] = [
  // ---- Outlook / Exchange Online, current layout, in the user's language ----
  {
    name: 'Outlook, German (OWA copy): recipient not found',
    text: notFound(DE, 'anja@example.com', 'max@sender.example', 'anja wurde unter example.com nicht gefunden.', true),
    recipients: [{ address: 'anja@example.com', reason: 'userunknown', status: '5.1.10', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, French (OWA copy): recipient not found',
    text: notFound(FR, 'bruno@example.fr.example', 'luc@sender.example', 'bruno est introuvable dans example.fr.example.', true),
    recipients: [{ address: 'bruno@example.fr.example', reason: 'userunknown', status: '5.1.10', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, Spanish (OWA copy): mailbox full',
    text: outlookNotice(ES, { to: 'carmen@example.com', sender: 'pablo@sender.example', headline: 'El buzón de carmen está lleno.', status: '554 5.2.2', error: QUOTA, owa: true }),
    recipients: [{ address: 'carmen@example.com', reason: 'mailboxfull', status: '5.2.2', replyCode: '554', permanent: true }],
  },
  {
    name: 'Outlook, Italian: recipient not found (sender label "Indirizzo mittente")',
    text: notFound(IT, 'dario@example.it.example', 'giulia@sender.example', 'Impossibile trovare dario in example.it.example.', true),
    recipients: [{ address: 'dario@example.it.example', reason: 'userunknown', status: '5.1.10', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, Portuguese (Brazil, OWA copy): banned sending IP',
    text: outlookNotice(PT_BR, { to: 'elisa@example.com.example', sender: 'joao@sender.example', headline: 'Sua mensagem não foi entregue porque o provedor de email do destinatário a rejeitou.', status: '550 5.7.606', error: BANNED_IP, owa: true }),
    recipients: [{ address: 'elisa@example.com.example', reason: 'blocked', status: '5.7.606', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, Portuguese (Portugal, OWA copy): recipient not found',
    text: notFound(PT_PT, 'fabio@example.pt.example', 'rita@sender.example', 'Não foi possível encontrar fabio em example.pt.example.', true),
    recipients: [{ address: 'fabio@example.pt.example', reason: 'userunknown', status: '5.1.10', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, Dutch (OWA copy): mailbox full',
    text: outlookNotice(NL, { to: 'greet@example.nl.example', sender: 'joost@sender.example', headline: 'Het postvak van greet is vol.', status: '554 5.2.2', error: QUOTA, owa: true }),
    recipients: [{ address: 'greet@example.nl.example', reason: 'mailboxfull', status: '5.2.2', replyCode: '554', permanent: true }],
  },
  {
    name: 'Outlook, Polish (OWA copy): recipient not found (sender label "Adres nadawcy")',
    text: notFound(PL, 'hanna@example.pl.example', 'piotr@sender.example', 'Nie znaleziono hanna w example.pl.example.', true),
    recipients: [{ address: 'hanna@example.pl.example', reason: 'userunknown', status: '5.1.10', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, Swedish (OWA copy): recipient not found (sender label "Avsändaradress")',
    text: notFound(SV, 'ingrid@example.se.example', 'lars@sender.example', 'Det gick inte att hitta ingrid på example.se.example.', true),
    recipients: [{ address: 'ingrid@example.se.example', reason: 'userunknown', status: '5.1.10', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, Danish (OWA copy): mailbox full (sender label "Afsenderadresse")',
    text: outlookNotice(DA, { to: 'jens@example.dk.example', sender: 'mette@sender.example', headline: 'Postkassen for jens er fuld.', status: '554 5.2.2', error: QUOTA, owa: true }),
    recipients: [{ address: 'jens@example.dk.example', reason: 'mailboxfull', status: '5.2.2', replyCode: '554', permanent: true }],
  },
  {
    name: 'Outlook, Norwegian (OWA copy): external forwarding refused (sender label "Avsenderadresse")',
    text: outlookNotice(NO, { to: 'kari@example.no.example', sender: 'ola@sender.example', headline: 'Meldingen ble ikke levert.', status: '550 5.7.520', error: SPAM_OUT, owa: true }),
    recipients: [{ address: 'kari@example.no.example', reason: 'policyviolation', status: '5.7.520', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, Finnish (OWA copy): recipient not found (sender label "Lähettäjän osoite")',
    text: notFound(FI, 'liisa@example.fi.example', 'matti@sender.example', 'Vastaanottajaa liisa ei löytynyt toimialueesta example.fi.example.', true),
    recipients: [{ address: 'liisa@example.fi.example', reason: 'userunknown', status: '5.1.10', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, Czech (OWA copy): recipient not found (sender label "Adresa odesílatele")',
    text: notFound(CS, 'marek@example.cz.example', 'jana@sender.example', 'Příjemce marek nebyl nalezen v doméně example.cz.example.', true),
    recipients: [{ address: 'marek@example.cz.example', reason: 'userunknown', status: '5.1.10', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, Russian (OWA copy): recipient not found (sender label "Адрес отправителя")',
    text: notFound(RU, 'nina@example.ru.example', 'ivan@sender.example', 'Не удалось найти nina в example.ru.example.', true),
    recipients: [{ address: 'nina@example.ru.example', reason: 'userunknown', status: '5.1.10', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, Turkish (OWA copy): banned sending IP (sender label "Gönderen Adresi")',
    text: outlookNotice(TR, { to: 'oya@example.com.example', sender: 'emre@sender.example', headline: 'Alıcının e-posta sağlayıcısı iletiyi reddettiği için iletiniz teslim edilemedi.', status: '550 5.7.606', error: BANNED_IP, owa: true }),
    recipients: [{ address: 'oya@example.com.example', reason: 'blocked', status: '5.7.606', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, Japanese (OWA copy): mailbox full',
    text: outlookNotice(JA, { to: 'sakura@example.jp.example', sender: 'taro@sender.example', headline: 'sakura のメールボックスがいっぱいです。', status: '554 5.2.2', error: QUOTA, owa: true }),
    recipients: [{ address: 'sakura@example.jp.example', reason: 'mailboxfull', status: '5.2.2', replyCode: '554', permanent: true }],
  },
  {
    name: 'Outlook, Chinese (simplified, OWA copy): recipient not found (sender label 发件人地址)',
    text: notFound(ZH_CN, 'wei@example.cn.example', 'li@sender.example', '在 example.cn.example 找不到 wei。', true),
    recipients: [{ address: 'wei@example.cn.example', reason: 'userunknown', status: '5.1.10', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, Chinese (traditional, OWA copy): recipient not found (sender label 寄件者地址)',
    text: notFound(ZH_TW, 'mei@example.tw.example', 'chen@sender.example', '在 example.tw.example 找不到 mei。', true),
    recipients: [{ address: 'mei@example.tw.example', reason: 'userunknown', status: '5.1.10', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, Korean (OWA copy): recipient not found (sender label "보낸 사람 주소")',
    text: notFound(KO, 'minji@example.kr.example', 'jisoo@sender.example', 'example.kr.example에서 minji을(를) 찾을 수 없습니다.', true),
    recipients: [{ address: 'minji@example.kr.example', reason: 'userunknown', status: '5.1.10', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, Polish (tabbed copy): mailbox full',
    text: outlookNotice(PL, { to: 'ola@example.pl.example', sender: 'piotr@sender.example', headline: 'Skrzynka pocztowa adresata ola jest pełna.', status: '554 5.2.2', error: QUOTA }),
    recipients: [{ address: 'ola@example.pl.example', reason: 'mailboxfull', status: '5.2.2', replyCode: '554', permanent: true }],
  },

  {
    name: 'Outlook, French: typographic apostrophes and no-break spaces before the colons, values under their labels (OWA copy)',
    text: lines(
      'Votre message à gaelle@example.fr.example n’a pas pu être remis.',
      'gaelle est introuvable dans example.fr.example.',
      '',
      'Plus d’informations pour les administrateurs de messagerie',
      'Code d’état\u00a0: 550 5.1.10',
      '',
      'Détails du message d’origine',
      'Adresse de l’expéditeur\u00a0:',
      'luc@sender.example',
      'Adresse du destinataire\u00a0:',
      'gaelle@example.fr.example',
      '',
      'Détails de l’erreur',
      'Erreur signalée\u00a0:',
      NOT_FOUND('gaelle@example.fr.example'),
    ),
    recipients: [{ address: 'gaelle@example.fr.example', reason: 'userunknown', status: '5.1.10', replyCode: '550', permanent: true }],
  },
  {
    name: 'Outlook, French, the opening line alone with a typographic apostrophe',
    text: 'Votre message à herve@example.fr.example n’a pas pu être remis.',
    recipients: [{ address: 'herve@example.fr.example', reason: 'onhold', replyCode: null, permanent: true }],
  },

  // ---- Only the top of Outlook's notice copied (opening line, headline, status code): the headline says
  // what the status line's 5.1.10 means ----
  ...LOCALIZED_TOPS(),

  // ---- Classic Exchange, localized ----
  {
    name: 'Exchange classic, French: recipient unknown',
    text: lines(
      'La remise à ces destinataires ou groupes a échoué :',
      '',
      'Paul Martin (paul@example.fr.example)',
      'L\'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l\'adresse de messagerie du destinataire et essayez de renvoyer le message.',
      '',
      'Informations de diagnostic pour les administrateurs :',
      '',
      'Serveur de génération : EXCH01.corp.example',
      '',
      'paul@example.fr.example',
      'Remote Server returned \'550 5.1.1 <paul@example.fr.example>: Recipient address rejected: User unknown in virtual mailbox table\'',
    ),
    recipients: [{ address: 'paul@example.fr.example', reason: 'userunknown', status: '5.1.1', replyCode: '550', permanent: true }],
  },
  {
    name: 'Exchange classic, Spanish: relay denied',
    text: lines(
      'Error en la entrega a estos destinatarios o grupos:',
      '',
      'rosa@example.es.example',
      'Su mensaje no se entregó debido a un problema de permisos o de seguridad.',
      '',
      'Información de diagnóstico para administradores:',
      '',
      'Servidor de generación: EXCH01.corp.example',
      '',
      'rosa@example.es.example',
      'mx.example.es.example #550 5.7.1 Unable to relay ##',
    ),
    recipients: [{ address: 'rosa@example.es.example', reason: 'norelaying', status: '5.7.1', replyCode: '550', permanent: true }],
  },

  // ---- Delay notices ----
  {
    name: 'Exchange classic, German: delivery delayed',
    kind: 'delay',
    text: lines(
      'Die Zustellung an folgende Empfänger oder Gruppen verzögert sich:',
      '',
      'stefan@example.de.example',
      '',
      'Betreff: Angebot',
      '',
      'Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.',
      '',
      'Diagnoseinformationen für Administratoren:',
      '',
      'Generierender Server: EXCH01.corp.example',
      '',
      'stefan@example.de.example',
      'Remote Server at mx.example.de.example (198.51.100.44) returned \'451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed.\'',
    ),
    recipients: [{ address: 'stefan@example.de.example', reason: 'networkerror', status: '4.4.0', replyCode: '451', permanent: false }],
  },
  {
    name: 'Exchange classic, French: delivery delayed',
    kind: 'delay',
    text: lines(
      'La remise à ces destinataires ou groupes est retardée :',
      '',
      'theo@example.fr.example',
      '',
      'Objet : Facture',
      '',
      'Ce message n\'a pas encore été remis. La remise va continuer à être tentée.',
      '',
      'Informations de diagnostic pour les administrateurs :',
      '',
      'theo@example.fr.example',
      'Remote Server at mx.example.fr.example (198.51.100.45) returned \'451 4.7.1 Greylisted, please try again later\'',
    ),
    recipients: [{ address: 'theo@example.fr.example', reason: 'blocked', status: '4.7.1', replyCode: '451', permanent: false, detail: { greylisted: true } }],
  },
  {
    name: 'Exchange classic, Spanish: delivery delayed',
    kind: 'delay',
    text: lines(
      'La entrega a estos destinatarios o grupos se ha retrasado:',
      '',
      'ursula@example.es.example',
      '',
      'Asunto: Pedido',
      '',
      'Este mensaje aún no se ha entregado. Se seguirá intentando entregarlo.',
      '',
      'Información de diagnóstico para administradores:',
      '',
      'ursula@example.es.example',
      'Remote Server at mx.example.es.example (198.51.100.46) returned \'452 4.2.2 Mailbox full, try again later\'',
    ),
    recipients: [{ address: 'ursula@example.es.example', reason: 'mailboxfull', status: '4.2.2', replyCode: '452', permanent: false }],
  },
  {
    name: 'Exchange classic, Italian: delivery delayed',
    kind: 'delay',
    text: lines(
      'Recapito ritardato per i destinatari o i gruppi seguenti:',
      '',
      'bianca@example.it.example',
      '',
      'Oggetto: Ordine',
      '',
      'Informazioni di diagnostica per gli amministratori:',
      '',
      'bianca@example.it.example',
      'Remote Server at mx.example.it.example (198.51.100.47) returned \'451 4.7.1 Greylisted, please try again later\'',
    ),
    recipients: [{ address: 'bianca@example.it.example', reason: 'blocked', status: '4.7.1', replyCode: '451', permanent: false, detail: { greylisted: true } }],
  },
  {
    name: 'Exchange classic, Portuguese: delivery delayed',
    kind: 'delay',
    text: lines(
      'A entrega está atrasada para estes destinatários ou grupos:',
      '',
      'caio@example.com.example',
      '',
      'Assunto: Proposta',
      '',
      'caio@example.com.example',
      'Remote Server at mx.example.com.example (198.51.100.48) returned \'421 4.4.2 Connection dropped due to timeout\'',
    ),
    recipients: [{ address: 'caio@example.com.example', reason: 'expired', status: '4.4.2', replyCode: '421', permanent: false }],
  },
  {
    name: 'Exchange classic, Dutch: delivery delayed',
    kind: 'delay',
    text: lines(
      'Bezorging is vertraagd voor deze geadresseerden of groepen:',
      '',
      'daan@example.nl.example',
      '',
      'Onderwerp: Offerte',
      '',
      'daan@example.nl.example',
      'Remote Server at mx.example.nl.example (198.51.100.49) returned \'452 4.2.2 Mailbox full, try again later\'',
    ),
    recipients: [{ address: 'daan@example.nl.example', reason: 'mailboxfull', status: '4.2.2', replyCode: '452', permanent: false }],
  },
  {
    name: 'Exchange classic, Japanese: delivery delayed',
    kind: 'delay',
    text: lines(
      '次の受信者またはグループへの配信が遅延しています:',
      '',
      'haruto@example.jp.example',
      '',
      '件名: 見積もり',
      '',
      'haruto@example.jp.example',
      'Remote Server at mx.example.jp.example (198.51.100.50) returned \'451 4.7.1 Greylisted, please try again later\'',
    ),
    recipients: [{ address: 'haruto@example.jp.example', reason: 'blocked', status: '4.7.1', replyCode: '451', permanent: false, detail: { greylisted: true } }],
  },
  {
    name: 'Gmail, German: delivery incomplete, will retry',
    kind: 'delay',
    text: lines(
      'Zustellung unvollständig',
      '',
      'Beim Zustellen Ihrer Nachricht an volker@example.de.example ist ein vorübergehendes Problem aufgetreten. Gmail versucht es noch 46 Stunden lang. Sie werden benachrichtigt, falls die Zustellung endgültig fehlschlägt.',
      '',
      'Die Antwort war:',
      '',
      '452 4.2.2 The email account that you tried to reach is over quota. - gsmtp',
    ),
    recipients: [{ address: 'volker@example.de.example', reason: 'mailboxfull', status: '4.2.2', replyCode: '452', permanent: false }],
  },
  {
    name: 'Gmail, Spanish: delivery incomplete, will retry',
    kind: 'delay',
    text: lines(
      'Entrega incompleta',
      '',
      'Se ha producido un problema temporal al entregar tu mensaje a wanda@example.es.example. Gmail volverá a intentarlo durante 44 horas más. Recibirás una notificación si la entrega falla de forma permanente.',
      '',
      'La respuesta fue:',
      '',
      '451 4.3.0 Mail server temporarily rejected message. - gsmtp',
    ),
    recipients: [{ address: 'wanda@example.es.example', reason: 'systemerror', status: '4.3.0', replyCode: '451', permanent: false }],
  },
  {
    name: 'Gmail, Japanese: delivery incomplete, will retry',
    kind: 'delay',
    text: lines(
      '配信が完了していません',
      '',
      'yuki@example.jp.example へのメッセージの配信で一時的な問題が発生しました。Gmail で、あと 45 時間再試行されます。配信が完全に失敗した場合は、通知が届きます。',
      '',
      '次のエラーが返されました:',
      '',
      '450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. - gsmtp',
    ),
    recipients: [{ address: 'yuki@example.jp.example', reason: 'speeding', status: '4.2.1', replyCode: '450', permanent: false }],
  },

  // ---- Delivery confirmations ----
  {
    name: 'Exchange delivery report, German ("Übermittelt")',
    kind: 'delivered',
    text: lines(
      'Ihre Nachricht wurde an die folgenden Empfänger übermittelt:',
      '',
      'Anja Kraus (anja@example.de.example)',
      '',
      'Betreff: Angebot',
    ),
    recipients: [{ address: 'anja@example.de.example', reason: 'delivered', replyCode: null, permanent: false }],
  },
  {
    name: 'Exchange delivery report, French',
    kind: 'delivered',
    text: lines(
      'Votre message a été remis aux destinataires suivants :',
      '',
      'Paul Martin (paul@example.fr.example)',
      '',
      'Objet : Facture',
    ),
    recipients: [{ address: 'paul@example.fr.example', reason: 'delivered', replyCode: null, permanent: false }],
  },
  {
    name: 'Exchange delivery report, Spanish',
    kind: 'delivered',
    text: lines(
      'El mensaje se entregó a los destinatarios siguientes:',
      '',
      'Rosa Vidal (rosa@example.es.example)',
      '',
      'Asunto: Pedido',
    ),
    recipients: [{ address: 'rosa@example.es.example', reason: 'delivered', replyCode: null, permanent: false }],
  },
  {
    name: 'Exchange delivery report, Dutch',
    kind: 'delivered',
    text: lines(
      'Uw bericht is bezorgd bij de volgende geadresseerden:',
      '',
      'Greet Janssen (greet@example.nl.example)',
      '',
      'Onderwerp: Offerte',
    ),
    recipients: [{ address: 'greet@example.nl.example', reason: 'delivered', replyCode: null, permanent: false }],
  },

  {
    name: 'Exchange delivery report, Italian',
    kind: 'delivered',
    text: lines('Il messaggio è stato recapitato ai destinatari seguenti:', '', 'Bianca Neri (bianca@example.it.example)', '', 'Oggetto: Ordine'),
    recipients: [{ address: 'bianca@example.it.example', reason: 'delivered', replyCode: null, permanent: false }],
  },
  {
    name: 'Exchange delivery report, Portuguese (Brazil)',
    kind: 'delivered',
    text: lines('Sua mensagem foi entregue aos seguintes destinatários:', '', 'Caio Souza (caio@example.com.example)', '', 'Assunto: Proposta'),
    recipients: [{ address: 'caio@example.com.example', reason: 'delivered', replyCode: null, permanent: false }],
  },
  {
    name: 'Exchange delivery report, Japanese',
    kind: 'delivered',
    text: lines('メッセージは次の受信者に配信されました:', '', '山田 春人 (haruto@example.jp.example)', '', '件名: 見積もり'),
    recipients: [{ address: 'haruto@example.jp.example', reason: 'delivered', replyCode: null, permanent: false }],
  },

  // ---- Out-of-office replies with Outlook's localized subject prefix ----
  ...([
    ['German', 'Automatische Antwort: Angebot', 'Vielen Dank für Ihre Nachricht. Ich bin bis zum 7. Dezember nicht im Büro. In dringenden Fällen wenden Sie sich bitte an vertretung@example.de.example.'],
    ['French', 'Réponse automatique : Facture', 'Merci pour votre message. Je suis absent du bureau jusqu\'au 7 décembre. Pour toute urgence, contactez accueil@example.fr.example.'],
    ['Spanish', 'Respuesta automática: Pedido', 'Gracias por su mensaje. Estaré fuera de la oficina hasta el 7 de diciembre. Para asuntos urgentes, escriba a recepcion@example.es.example.'],
    ['Italian', 'Risposta automatica: Ordine', 'Grazie per il messaggio. Sono fuori ufficio fino al 7 dicembre. Per urgenze scrivere a segreteria@example.it.example.'],
    ['Portuguese', 'Resposta automática: Proposta', 'Obrigado pela sua mensagem. Estarei fora do escritório até 7 de dezembro. Em caso de urgência, contacte geral@example.pt.example.'],
    ['Dutch', 'Automatisch antwoord: Offerte', 'Bedankt voor uw bericht. Ik ben tot 7 december afwezig. Voor dringende zaken kunt u contact opnemen met info@example.nl.example.'],
    ['Polish', 'Odpowiedź automatyczna: Zamówienie', 'Dziękuję za wiadomość. Jestem poza biurem do 7 grudnia. W pilnych sprawach proszę pisać na biuro@example.pl.example.'],
    ['Swedish', 'Automatiskt svar: Offert', 'Tack för ditt meddelande. Jag är tjänstledig till och med 7 december. Vid brådskande ärenden, kontakta info@example.se.example.'],
    ['Danish', 'Automatisk svar: Tilbud', 'Tak for din mail. Jeg er på ferie til og med 7. december. Kontakt venligst info@example.dk.example i hastende sager.'],
    ['Finnish', 'Automaattinen vastaus: Tarjous', 'Kiitos viestistäsi. Olen lomalla 7.12. asti. Kiireellisissä asioissa ota yhteyttä info@example.fi.example.'],
    ['Czech', 'Automatická odpověď: Nabídka', 'Děkuji za zprávu. Do 7. prosince jsem mimo kancelář. V naléhavých případech pište na info@example.cz.example.'],
    ['Russian', 'Автоматический ответ: Заказ', 'Спасибо за письмо. Я в отпуске до 7 декабря. По срочным вопросам пишите на office@example.ru.example.'],
    ['Turkish', 'Otomatik yanıt: Teklif', 'Mesajınız için teşekkürler. 7 Aralık tarihine kadar ofis dışındayım. Acil durumlarda info@example.tr.example adresine yazabilirsiniz.'],
    ['Japanese', '自動応答: 見積もり', 'ご連絡ありがとうございます。12月7日まで不在にしております。お急ぎの場合は info@example.jp.example までご連絡ください。'],
    ['Chinese (simplified)', '自动回复: 报价', '感谢您的来信。我将于12月7日前休假，紧急事务请联系 info@example.cn.example。'],
    ['Chinese (traditional)', '自動回覆: 報價', '感謝您的來信。我在12月7日前休假，緊急事務請聯絡 info@example.tw.example。'],
    ['Korean', '자동 회신: 견적', '메일 감사합니다. 12월 7일까지 부재 중입니다. 급한 용무는 info@example.kr.example 으로 연락해 주십시오.'],
  ] as const).map(([language, subject, body]): PastedNotice => ({
    name: `Outlook auto-reply, ${language}: "${subject.slice(0, subject.indexOf(':'))}"`,
    kind: 'autoreply',
    text: lines(subject, '', body),
    recipients: [],
  })),

  // ---- Gmail, in the reader's language, around the receiving server's answer (in English) ----
  ...([
    ['French', 'Adresse introuvable', 'Votre message n\'a pas été distribué à {to}, car l\'adresse est introuvable ou ne peut pas recevoir d\'e-mails.', 'La réponse était :'],
    ['Italian', 'Indirizzo non trovato', 'Il tuo messaggio non è stato consegnato a {to} perché l\'indirizzo non è stato trovato o non può ricevere email.', 'La risposta è stata:'],
    ['Portuguese', 'Endereço não encontrado', 'Sua mensagem não foi entregue a {to} porque o endereço não foi encontrado ou não pode receber e-mails.', 'A resposta foi:'],
    ['Dutch', 'Adres niet gevonden', 'Je bericht is niet afgeleverd bij {to}, omdat het adres niet is gevonden of geen e-mail kan ontvangen.', 'Het antwoord was:'],
    ['Polish', 'Nie znaleziono adresu', 'Wiadomość do {to} nie została dostarczona, ponieważ nie znaleziono adresu lub nie może on odbierać poczty.', 'Odpowiedź:'],
    ['Russian', 'Адрес не найден', 'Ваше сообщение не доставлено получателю {to}: адрес не найден или не может получать почту.', 'Ответ сервера:'],
    ['Chinese (simplified)', '找不到地址', '您的邮件未能送达 {to}，因为找不到该地址或该地址无法接收邮件。', '回复为：'],
    ['Korean', '주소를 찾을 수 없음', '{to} 주소를 찾을 수 없거나 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다.', '응답:'],
  ] as const).map(([language, heading, sentence, answerLabel], i): PastedNotice => {
    const to = `gmail${i + 1}@example.net`;
    return {
      name: `Gmail, ${language}: address not found ("${heading}")`,
      text: lines(heading, '', sentence.replace('{to}', to), '', answerLabel, '',
        '550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces. - gsmtp'),
      recipients: [{ address: to, reason: 'userunknown', status: '5.1.1', replyCode: '550', permanent: true }],
    };
  }),
  ...([
    ['German', 'Nachricht blockiert', 'Ihre Nachricht an {to} wurde blockiert. Weitere Informationen finden Sie unten in den technischen Details.', 'Die Antwort war:'],
    ['Spanish', 'Mensaje bloqueado', 'Tu mensaje para {to} se ha bloqueado. Consulta los detalles técnicos a continuación para obtener más información.', 'La respuesta fue:'],
    ['Japanese', 'メッセージがブロックされました', '{to} へのメッセージはブロックされました。詳しくは、以下の技術情報をご覧ください。', '次のエラーが返されました:'],
    ['Chinese (traditional)', '郵件已遭封鎖', '您寄給 {to} 的郵件已遭封鎖。詳情請參閱下方的技術詳細資料。', '回應如下：'],
  ] as const).map(([language, heading, sentence, answerLabel], i): PastedNotice => {
    const to = `blocked${i + 1}@example.org`;
    return {
      name: `Gmail, ${language}: message blocked as likely unsolicited ("${heading}")`,
      text: lines(heading, '', sentence.replace('{to}', to), '', answerLabel, '',
        '550-5.7.1 [203.0.113.9] Our system has detected that this message is likely unsolicited',
        '550-5.7.1 mail. To reduce the amount of spam sent to Gmail, this message has been',
        '550 5.7.1 blocked. - gsmtp'),
      recipients: [{ address: to, reason: 'spamdetected', status: '5.7.1', replyCode: '550', permanent: true }],
    };
  }),

  // ---- The opening line of Outlook's notice alone, quoted in a help-desk ticket: no code, no reason, still
  // a failure notice naming its recipient (and not an ordinary message that names an address) ----
  ...([DE, FR, ES, IT, PT_BR, PT_PT, NL, PL, SV, DA, NO, FI, CS, RU, TR, JA, ZH_CN, ZH_TW, KO]).map((w, i): PastedNotice => {
    const to = `user${i + 1}@example.com`;
    return {
      name: `Outlook's opening line alone: "${w.opening.replace('{to}', to)}"`,
      text: lines('Hello, I got this back, what does it mean?', '', `> ${w.opening.replace('{to}', to)}`),
      recipients: [{ address: to, reason: 'onhold', replyCode: null, permanent: true }],
    };
  }),
  {
    name: 'Outlook, German: a failure notice for a message whose subject was an auto-reply stays a failure',
    text: lines(
      'Ihre Nachricht an vera@example.de.example konnte nicht zugestellt werden.',
      '',
      'Betreff: Automatische Antwort: Angebot',
    ),
    recipients: [{ address: 'vera@example.de.example', reason: 'onhold', replyCode: null, permanent: true }],
  },

  // ---- The same out-of-office replies pasted without their subject line ----
  ...([
    ['German', 'Vielen Dank für Ihre Nachricht. Ich bin bis zum 7. Dezember nicht im Büro. In dringenden Fällen wenden Sie sich bitte an vertretung@example.de.example.'],
    ['French', 'Merci pour votre message. Je suis absent du bureau jusqu\'au 7 décembre. Pour toute urgence, contactez accueil@example.fr.example.'],
    ['Spanish', 'Gracias por su mensaje. Estaré fuera de la oficina hasta el 7 de diciembre. Para asuntos urgentes, escriba a recepcion@example.es.example.'],
    ['Italian', 'Grazie per il messaggio. Sono fuori ufficio fino al 7 dicembre. Per urgenze scrivere a segreteria@example.it.example.'],
    ['Polish', 'Dziękuję za wiadomość. Jestem poza biurem do 7 grudnia. W pilnych sprawach proszę pisać na biuro@example.pl.example.'],
    ['Czech', 'Děkuji za zprávu. Do 7. prosince jsem mimo kancelář. V naléhavých případech pište na info@example.cz.example.'],
    ['Russian', 'Спасибо за письмо. Я в отпуске до 7 декабря. По срочным вопросам пишите на office@example.ru.example.'],
    ['Japanese', 'ご連絡ありがとうございます。12月7日まで不在にしております。お急ぎの場合は info@example.jp.example までご連絡ください。'],
    ['Korean', '메일 감사합니다. 12월 7일까지 부재 중입니다. 급한 용무는 info@example.kr.example 으로 연락해 주십시오.'],
  ] as const).map(([language, body]): PastedNotice => ({
    name: `Out-of-office reply without its subject line, ${language}`,
    kind: 'autoreply',
    text: body,
    recipients: [],
  })),

  // ---- Server answers in the recipient's language ----
  {
    name: 'Postfix text with Russian, Polish and Czech server answers (user unknown, mailbox full)',
    text: lines(
      '<oleg@example.ru.example>: host mx.example.ru.example[198.51.100.61] said: 550 5.1.1',
      '    <oleg@example.ru.example>: Пользователь не найден (in reply to RCPT TO command)',
      '',
      '<zofia@example.pl.example>: host mx.example.pl.example[198.51.100.62] said: 552',
      '    Skrzynka odbiorcy jest przepełniona (in reply to RCPT TO command)',
      '',
      '<petr@example.cz.example>: host mx.example.cz.example[198.51.100.63] said: 550',
      '    Uživatel neexistuje (in reply to RCPT TO command)',
    ),
    recipients: [
      { address: 'oleg@example.ru.example', reason: 'userunknown', status: '5.1.1', replyCode: '550', permanent: true },
      { address: 'zofia@example.pl.example', reason: 'mailboxfull', replyCode: '552', permanent: true },
      { address: 'petr@example.cz.example', reason: 'userunknown', replyCode: '550', permanent: true },
    ],
  },
  {
    name: 'Exim text with Swedish, Danish, Norwegian and Finnish server answers',
    text: lines(
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  sven@example.se.example',
      '    host mx.example.se.example [198.51.100.64]',
      '    SMTP error from remote mail server after RCPT TO:<sven@example.se.example>:',
      '    550 5.1.1 Okänd mottagare',
      '  sofie@example.dk.example',
      '    host mx.example.dk.example [198.51.100.65]',
      '    SMTP error from remote mail server after RCPT TO:<sofie@example.dk.example>:',
      '    552 Postkassen er fuld',
      '  nils@example.no.example',
      '    host mx.example.no.example [198.51.100.66]',
      '    SMTP error from remote mail server after RCPT TO:<nils@example.no.example>:',
      '    550 Brukeren finnes ikke',
      '  aino@example.fi.example',
      '    host mx.example.fi.example [198.51.100.67]',
      '    SMTP error from remote mail server after end of data:',
      '    552 5.2.2 Postilaatikko on täynnä',
    ),
    recipients: [
      { address: 'sven@example.se.example', reason: 'userunknown', status: '5.1.1', replyCode: '550', permanent: true },
      { address: 'sofie@example.dk.example', reason: 'mailboxfull', replyCode: '552', permanent: true },
      { address: 'nils@example.no.example', reason: 'userunknown', replyCode: '550', permanent: true },
      { address: 'aino@example.fi.example', reason: 'mailboxfull', status: '5.2.2', replyCode: '552', permanent: true },
    ],
  },
  {
    name: 'Postfix text with Turkish, Chinese and Korean server answers',
    text: lines(
      '<ayse@example.tr.example>: host mx.example.tr.example[198.51.100.68] said: 550',
      '    Kullanıcı bulunamadı (in reply to RCPT TO command)',
      '',
      '<zhang@example.cn.example>: host mx.example.cn.example[198.51.100.69] said: 552',
      '    收件人邮箱已满 (in reply to RCPT TO command)',
      '',
      '<lin@example.tw.example>: host mx.example.tw.example[198.51.100.70] said: 550',
      '    使用者不存在 (in reply to RCPT TO command)',
      '',
      '<jiwoo@example.kr.example>: host mx.example.kr.example[198.51.100.71] said: 550',
      '    존재하지 않는 사용자입니다 (in reply to RCPT TO command)',
    ),
    recipients: [
      { address: 'ayse@example.tr.example', reason: 'userunknown', replyCode: '550', permanent: true },
      { address: 'zhang@example.cn.example', reason: 'mailboxfull', replyCode: '552', permanent: true },
      { address: 'lin@example.tw.example', reason: 'userunknown', replyCode: '550', permanent: true },
      { address: 'jiwoo@example.kr.example', reason: 'userunknown', replyCode: '550', permanent: true },
    ],
  },
];
