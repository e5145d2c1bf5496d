/** A delay notice: the receiving server greylisted the sender and the message is still queued (450 4.2.0). */
export const greylisting450 = `Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@smtp.example.com>
To: sam.ortiz@example.com
Subject: Delayed Mail (still being retried)
Date: Sat, 21 Nov 2026 11:47:09 +0000
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="D41F7A2B90.1763725629/smtp.example.com"
Message-Id: <20261121114709.D41F7A2B90@smtp.example.com>

--D41F7A2B90.1763725629/smtp.example.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 30 minutes.
It will be retried until it is 5 days old.

<support@example.test>: host mx.example.test[198.51.100.140] said: 450 4.2.0
    <support@example.test>: Recipient address rejected: Greylisted, see
    https://greylisting.example.test/ (in reply to RCPT TO command)

--D41F7A2B90.1763725629/smtp.example.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.example.com
Arrival-Date: Sat, 21 Nov 2026 11:16:52 +0000 (UTC)

Final-Recipient: rfc822; support@example.test
Original-Recipient: rfc822;support@example.test
Action: delayed
Status: 4.2.0
Remote-MTA: dns; mx.example.test
Diagnostic-Code: smtp; 450 4.2.0 <support@example.test>: Recipient address
    rejected: Greylisted, see https://greylisting.example.test/
Will-Retry-Until: Thu, 26 Nov 2026 11:16:52 +0000 (UTC)

--D41F7A2B90.1763725629/smtp.example.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <sam.ortiz@example.com>
Received: from [192.0.2.150] (unknown [192.0.2.150])
	by smtp.example.com (Postfix) with ESMTPSA id D41F7A2B90
	for <support@example.test>; Sat, 21 Nov 2026 11:16:52 +0000 (UTC)
DKIM-Signature: v=1; a=ed25519-sha256; c=relaxed/relaxed; d=example.com;
	s=ed2026; h=from:to:subject:date:message-id;
	bh=V2UgYXJlIHN0aWxsIHJldHJ5aW5nIHRoaXMgZXhhbXBsZS4=;
	b=UmVzZXJ2ZWQgbmFtZXMgb25seSBpbiB0aGlzIHNhbXBsZSBib3VuY2U=
From: Sam Ortiz <sam.ortiz@example.com>
To: Support <support@example.test>
Subject: Ticket 88213: printer on floor 3
Date: Sat, 21 Nov 2026 11:16:50 +0000
Message-ID: <t88213.sam@example.com>

--D41F7A2B90.1763725629/smtp.example.com--
`;
