/** A Microsoft-Exchange-style NDR: the recipient's mailbox is over its quota (552 5.2.2). */
export const mailboxFull = `From: postmaster@example.net
To: tom.hale@example.com
Date: Thu, 19 Nov 2026 10:22:31 +0000
Subject: Undeliverable: Invoice 3391 for October
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----=_NDR_5f1e2d3c"
MIME-Version: 1.0
Message-ID: <ndr-5f1e2d3c@mail.example.net>
Auto-Submitted: auto-replied

------=_NDR_5f1e2d3c
Content-Type: text/plain; charset="utf-8"

Your message to paul.reed@example.net couldn't be delivered.

paul.reed's mailbox is full.

Action Required                                   Recipient
Mailbox full

How to Fix It
The recipient's mailbox has reached its size limit. Try sending the message
again later, or contact the recipient by phone and ask them to free up space.

Diagnostic information for administrators:

Generating server: mail.example.net

paul.reed@example.net
Remote server returned '552 5.2.2 STOREDRV.Deliver; mailbox full: the
recipient's mailbox has exceeded its storage quota'

------=_NDR_5f1e2d3c
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.net

Final-Recipient: rfc822; paul.reed@example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 STOREDRV.Deliver; mailbox full: the recipient's mailbox has exceeded its storage quota

------=_NDR_5f1e2d3c
Content-Type: text/rfc822-headers

Received: from smtp.example.com (198.51.100.61) by mail.example.net with
 ESMTPS; Thu, 19 Nov 2026 10:22:30 +0000
Received: from desk12.example.com (desk12.example.com [192.0.2.12])
	by smtp.example.com with ESMTPSA; Thu, 19 Nov 2026 10:22:29 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com;
	s=selector1; h=From:To:Subject:Date:Message-ID;
	bh=QmVjYXVzZSB0aGlzIGlzIGFuIGV4YW1wbGUgYm9keSBoYXNoIQ==;
	b=Ym91bmNlIGRvY3RvciBleGFtcGxlIHNpZ25hdHVyZSwgbm90IGEgcmVhbCBvbmUu
From: Tom Hale <tom.hale@example.com>
To: Paul Reed <paul.reed@example.net>
Subject: Invoice 3391 for October
Date: Thu, 19 Nov 2026 10:22:28 +0000
Message-ID: <inv-3391.tom@example.com>

------=_NDR_5f1e2d3c--
`;
