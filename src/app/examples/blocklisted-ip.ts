/** An Exim bounce: the receiving server refused the sending IP because a blocklist lists it. */
export const blocklistedIp = `Return-path: <>
Envelope-to: orders@example.org
Delivery-date: Tue, 17 Nov 2026 14:02:51 +0000
Received: from mailnull by out1.example.org with local (Exim 4.98)
	id 1vKx3Q-0007aB-2m
	for orders@example.org; Tue, 17 Nov 2026 14:02:51 +0000
X-Failed-Recipients: purchasing@example.net
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@out1.example.org>
To: orders@example.org
Content-Type: multipart/report; report-type=delivery-status; boundary=1763388171-eximdsn-912
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vKx3Q-0007aB-2m@out1.example.org>
Date: Tue, 17 Nov 2026 14:02:51 +0000

--1763388171-eximdsn-912
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  purchasing@example.net
    host mx.example.net [198.51.100.7]
    SMTP error from remote mail server after RCPT TO:<purchasing@example.net>:
    554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; https://check.spamhaus.org/query/ip/192.0.2.10

--1763388171-eximdsn-912
Content-type: message/delivery-status

Reporting-MTA: dns; out1.example.org

Action: failed
Final-Recipient: rfc822;purchasing@example.net
Status: 5.7.1
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; https://check.spamhaus.org/query/ip/192.0.2.10

--1763388171-eximdsn-912
Content-type: message/rfc822

Return-path: <orders@example.org>
Received: from [192.0.2.10] (helo=office.example.org)
	by out1.example.org with esmtpsa (Exim 4.98)
	id 1vKx3P-0007a1-0c
	for purchasing@example.net; Tue, 17 Nov 2026 14:02:49 +0000
Received: from workstation.example.org ([203.0.113.45])
	by office.example.org; Tue, 17 Nov 2026 14:02:48 +0000
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed; d=example.org;
	s=default; h=Subject:To:From:Date:Message-ID;
	bh=2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=;
	b=TcWq7nLw1aX5uZ0f3kE9vR2hB8mJ6pD4sQ1oY7cG3iF0tA5xN2eU9bK6lH8rW4zV
From: Orders <orders@example.org>
To: purchasing@example.net
Subject: Order 20417 confirmation
Date: Tue, 17 Nov 2026 14:02:47 +0000
Message-ID: <order-20417@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Thank you for your order. It ships on Friday.

--1763388171-eximdsn-912--
`;
