#!/usr/bin/env python3
"""Recomputes the SigV4 signature of a captured request with botocore (the AWS CLI's signer).

usage: sigv4_check.py CAPTURE.json ACCESS_KEY SECRET_KEY REGION SERVICE
Prints "OK <signature>" when botocore computes the same signature at the captured X-Amz-Date,
else "MISMATCH ..." and exits 1.
"""
import json
import re
import sys

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def main():
    cap_path, akid, secret, region, service = sys.argv[1:6]
    cap = json.load(open(cap_path))
    headers = {}
    for k, v in cap["headers"]:
        headers[k.lower()] = v
    auth = headers["authorization"]
    m = re.match(r"AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request, "
                 r"SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$", auth)
    if not m:
        print("MISMATCH unparsable Authorization header: " + auth)
        return 1
    signed = m.group(5).split(";")
    if m.group(1) != akid or m.group(3) != region or m.group(4) != service:
        print("MISMATCH credential scope " + auth)
        return 1
    token = headers.get("x-amz-security-token")
    creds = Credentials(akid, secret, token)
    req = AWSRequest(method=cap["method"], url="http://" + headers["host"] + cap["path"],
                     data=cap["body"].encode("utf-8"),
                     headers={h: headers[h] for h in signed if h != "host"})
    req.context["timestamp"] = headers["x-amz-date"]
    signer = SigV4Auth(creds, service, region)
    canonical = signer.canonical_request(req)
    expected = signer.signature(signer.string_to_sign(req, canonical), req)
    if expected != m.group(6):
        print("MISMATCH botocore=%s libcurl=%s signed=%s\n%s" % (expected, m.group(6), m.group(5), canonical))
        return 1
    print("OK %s %s" % (expected, m.group(5)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
