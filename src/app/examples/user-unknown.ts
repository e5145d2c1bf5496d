/** A Postfix delivery status notification: the recipient's mailbox does not exist (550 5.1.1). */
export const userUnknown = `Return-Path: <>
Received: by mail.example.com (Postfix)
	id 4Qx7Lm2k9Zz1; Mon, 16 Nov 2026 09:14:03 +0100 (CET)
Date: Mon, 16 Nov 2026 09:14:03 +0100 (CET)
From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: anna.berg@example.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Qx7Lm2k9Zz1.1763280843/mail.example.com"
Message-Id: <20261116081403.4Qx7Lm2k9Zz1@mail.example.com>

This is a MIME-encapsulated message.

--4Qx7Lm2k9Zz1.1763280843/mail.example.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jane.doe@example.net>: host mx1.example.net[198.51.100.25] said: 550 5.1.1
    <jane.doe@example.net>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

--4Qx7Lm2k9Zz1.1763280843/mail.example.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.com
X-Postfix-Queue-ID: 4Qx7Lm2k9Zz1
X-Postfix-Sender: rfc822; anna.berg@example.com
Arrival-Date: Mon, 16 Nov 2026 09:14:01 +0100 (CET)

Final-Recipient: rfc822; jane.doe@example.net
Original-Recipient: rfc822;jane.doe@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.example.net
Diagnostic-Code: smtp; 550 5.1.1 <jane.doe@example.net>: Recipient address
    rejected: User unknown in virtual mailbox table

--4Qx7Lm2k9Zz1.1763280843/mail.example.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <anna.berg@example.com>
Received: from laptop.example.com (unknown [192.0.2.44])
	by mail.example.com (Postfix) with ESMTPSA id 4Qx7Lm2k9Zz1
	for <jane.doe@example.net>; Mon, 16 Nov 2026 09:14:01 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com;
	s=mail2026; t=1763280841; h=from:to:subject:date:message-id;
	bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;
	b=Kq1c9vRZ3xT0d4xWg8mJ2b6pX8cQeVf1oL5nY7sA0uH2iE9rT3wB6zD4kM1jG8fC
From: Anna Berg <anna.berg@example.com>
To: Jane Doe <jane.doe@example.net>
Subject: Meeting notes for Thursday
Date: Mon, 16 Nov 2026 09:13:58 +0100
Message-ID: <a81f2c3e-5d1b-4c7a-9e0f-2b6d8c4e1a90@example.com>
MIME-Version: 1.0

--4Qx7Lm2k9Zz1.1763280843/mail.example.com--
`;
