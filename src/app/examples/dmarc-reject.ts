/** A Gmail-style rejection: the message failed DMARC for the From domain (550 5.7.26). */
export const dmarcReject = `Return-Path: <>
Delivered-To: newsletter@example.com
Received: by 2001:db8:1a0::c4e with SMTP id k14csp2231907;
        Wed, 18 Nov 2026 07:41:22 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@example.com>
To: newsletter@example.com
Subject: Delivery Status Notification (Failure)
Date: Wed, 18 Nov 2026 07:41:22 -0800 (PST)
Message-ID: <dsn-7741a9@mx.example.com>
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000b7d1c205f4a2e310"; report-type=delivery-status

--000000000000b7d1c205f4a2e310
Content-Type: text/plain; charset="UTF-8"

** Message blocked **

Your message to reader@example.net has been blocked. See technical details below for more information.

The response from the remote server was:
550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.example.net/mail/dmarc

--000000000000b7d1c205f4a2e310
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com
Received-From-MTA: dns; bulk.example.com [192.0.2.77]
Arrival-Date: Wed, 18 Nov 2026 07:41:20 -0800 (PST)

Final-Recipient: rfc822; reader@example.net
Action: failed
Status: 5.7.26
Remote-MTA: dns; mx1.example.net. [198.51.100.33]
Diagnostic-Code: smtp; 550-5.7.26 Unauthenticated email from example.com is not
 accepted due to domain's DMARC policy. Please contact the administrator of
 example.com domain if this was a legitimate mail.
Last-Attempt-Date: Wed, 18 Nov 2026 07:41:22 -0800 (PST)

--000000000000b7d1c205f4a2e310
Content-Type: text/rfc822-headers

Return-Path: <bounces+8842@bulk.example.com>
Received: from bulk.example.com (bulk.example.com. [192.0.2.77])
        by mx.example.com with ESMTPS id 7e1c2a09
        for <reader@example.net>; Wed, 18 Nov 2026 07:41:20 -0800 (PST)
Authentication-Results: mx1.example.net;
       dkim=fail header.i=@bulk.example.com header.s=s1 header.b=Xq4uPz1e;
       spf=pass (example.net: domain of bounces+8842@bulk.example.com designates 192.0.2.77 as permitted sender) smtp.mailfrom=bounces+8842@bulk.example.com;
       dmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=example.com
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=bulk.example.com;
        s=s1; h=from:to:subject:date:message-id;
        bh=frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=;
        b=Xq4uPz1eHk8dRt2mW6vN0sB3cL9fQ7yA1jU5oG4iE2xT8zK6pM0rD3wV7nS1bF9h
From: Example News <news@example.com>
To: reader@example.net
Subject: Your November newsletter
Date: Wed, 18 Nov 2026 15:41:19 +0000
Message-ID: <nl-2026-11.8842@bulk.example.com>

--000000000000b7d1c205f4a2e310--
`;
