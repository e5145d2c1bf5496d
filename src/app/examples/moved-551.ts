/** A bounce where the recipient has moved and the server names the new address (551 5.1.6). */
export const moved551 = `Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@relay.example.com>
To: lisa.moreau@example.com
Subject: Undelivered Mail Returned to Sender
Date: Fri, 20 Nov 2026 16:05:44 +0100
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8B2C4E91A7.1763651144/relay.example.com"
Message-Id: <20261120150544.8B2C4E91A7@relay.example.com>

--8B2C4E91A7.1763651144/relay.example.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<m.klein@example.org>: host mail.example.org[198.51.100.90] said: 551 5.1.6
    User has moved; please try <martin.klein@example.net> (in reply to RCPT TO
    command)

--8B2C4E91A7.1763651144/relay.example.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.com
Arrival-Date: Fri, 20 Nov 2026 16:05:42 +0100 (CET)

Final-Recipient: rfc822; m.klein@example.org
Action: failed
Status: 5.1.6
Remote-MTA: dns; mail.example.org
Diagnostic-Code: smtp; 551 5.1.6 User has moved; please try
    <martin.klein@example.net>

--8B2C4E91A7.1763651144/relay.example.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <lisa.moreau@example.com>
Received: from [192.0.2.81] (unknown [192.0.2.81])
	by relay.example.com (Postfix) with ESMTPSA id 8B2C4E91A7
	for <m.klein@example.org>; Fri, 20 Nov 2026 16:05:42 +0100 (CET)
From: Lisa Moreau <lisa.moreau@example.com>
To: m.klein@example.org
Subject: Contract draft, second round
Date: Fri, 20 Nov 2026 16:05:40 +0100
Message-ID: <c0ffee51-7d2a-4b8e-9f11-3a5c6e7d8b90@example.com>

--8B2C4E91A7.1763651144/relay.example.com--
`;
