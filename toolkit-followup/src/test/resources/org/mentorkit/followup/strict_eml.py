# Parses each .eml with Python's email package under policy.strict (any defect raises) and prints what it read as
# JSON: the decoded headers and every leaf part's type, parameters and decoded content.
import email
import json
import sys
from email import policy

result = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        raw = f.read()
    msg = email.message_from_bytes(raw, policy=policy.strict)
    if msg.defects:
        raise SystemExit(f"{path}: defects {msg.defects}")
    to = msg["To"].addresses[0]
    sender = msg["From"].addresses[0]
    parts = []
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{path}: part defects {part.defects}")
        if part.is_multipart():
            parts.append({"type": part.get_content_type(), "params": dict(part["Content-Type"].params)})
            continue
        parts.append({"type": part.get_content_type(), "params": dict(part["Content-Type"].params),
                      "content": part.get_content()})
    ascii_header = all(b < 128 for b in raw.split(b"\r\n\r\n", 1)[0])
    result.append({"file": path, "toName": to.display_name, "toAddress": to.addr_spec,
                   "fromAddress": sender.addr_spec, "subject": str(msg["Subject"]), "date": str(msg["Date"]),
                   "messageId": str(msg["Message-ID"]), "unsent": str(msg.get("X-Unsent", "")),
                   "asciiHeader": ascii_header, "crlfOnly": b"\n" not in raw.replace(b"\r\n", b""),
                   "parts": parts})
print(json.dumps(result, ensure_ascii=False))
