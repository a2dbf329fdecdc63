#!/usr/bin/env python3
"""Writes the small import fixtures. The JSON ones are formatted the way the aws CLI prints them
(json.dump with indent=4, ensure_ascii=False). Run from this folder; the output is committed."""
import json

S1 = "2024/03/13/[$LATEST]6f1c0b9d2e7a4c51b3d8e0f2a4b6c8d0"
S2 = "2024/03/13/[$LATEST]0d2f4b6a8c1e3a5c7e9b1d3f5a7c9e2b"
R1 = "8f5b0c2e-3d7a-4e1b-9c4f-2a6d8e0b1c3f"
R2 = "1c3e5a7b-9d2f-4b6e-8a1c-3e5f7a9b2d4c"

orders = [
    (S1, 1710356183601, "INIT_START Runtime Version: nodejs:20.v22\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:2a1f6c0b\n"),
    (S1, 1710356183871, f"START RequestId: {R1} Version: $LATEST\n"),
    (S1, 1710356183912, f"2024-03-13T18:56:23.912Z\t{R1}\tINFO\torder accepted orderId=o-1842 items=3 note=\"gift \\\\ wrap\"\n"),
    (S2, 1710356183950, "INIT_START Runtime Version: nodejs:20.v22\n"),
    (S1, 1710356184006, f"END RequestId: {R1}\n"),
    (S1, 1710356184009, f"REPORT RequestId: {R1}\tDuration: 134.52 ms\tBilled Duration: 366 ms\tMemory Size: 512 MB\tMax Memory Used: 96 MB\tInit Duration: 231.07 ms\t\n"),
    (S1, 1710356222100, f"START RequestId: {R2} Version: $LATEST\n"),
    (S1, 1710356222417, f"2024-03-13T18:57:02.417Z\t{R2}\tERROR\tInvoke Error \t{{\"errorType\":\"TypeError\",\"errorMessage\":\"Cannot read properties of undefined (reading 'sku')\",\"stack\":[\"TypeError: x\",\"    at priceLine (file:///var/task/index.mjs:41:23)\"]}}\n"),
    (S1, 1710356222420, "\u001b[32mcolour\u001b[0m caf\u00e9 \U0001F680 done / ok\n"),
    (S1, 1710356222431, f"END RequestId: {R2}\n"),
    (S1, 1710356222433, f"REPORT RequestId: {R2}\tDuration: 18.20 ms\tBilled Duration: 19 ms\tMemory Size: 512 MB\tMax Memory Used: 97 MB\t\n"),
    (S2, 1710356241118, "2024-03-13T19:00:41.118Z\tundefined\tERROR\tUncaught Exception \t{\"errorType\":\"Runtime.UserCodeSyntaxError\"}\n"),
]

events = []
for i, (stream, ts, msg) in enumerate(orders):
    events.append({"logStreamName": stream, "timestamp": ts, "message": msg,
                   "ingestionTime": ts + 9 + i, "eventId": "3818%052d" % (i * 7919)})
with open("fleet/orders-api.json", "w") as f:
    json.dump({"events": events, "searchedLogStreams": [],
               "nextToken": "Bxkq6kVGFtq2y_MoigeqscPOdhXVbhiVtLoAmXb5jCo"}, f, indent=4, ensure_ascii=False)
    f.write("\n")

R3 = "6b8d0f2a-4c6e-48a0-b2d4-6f8a0c2e4b6d"
payments = [
    (1710356300000, f"START RequestId: {R3} Version: 7\n"),
    (1710356300041, "[ERROR] KeyError: 'amount'\nTraceback (most recent call last):\n\u00a0\u00a0File \"/var/task/app.py\", line 27, in handler\n\u00a0\u00a0\u00a0\u00a0total = event['amount']\n"),
    (1710356300045, f"END RequestId: {R3}\n"),
    (1710356300046, f"REPORT RequestId: {R3}\tDuration: 41.88 ms\tBilled Duration: 460 ms\tMemory Size: 256 MB\tMax Memory Used: 78 MB\tInit Duration: 417.30 ms\t\n"),
]
with open("fleet/payments-worker.json", "w") as f:
    json.dump({"events": [{"timestamp": ts, "message": m, "ingestionTime": ts + 20} for ts, m in payments],
               "nextForwardToken": "f/38183496440000000000000000000000000000000000000000000046/s",
               "nextBackwardToken": "b/38183496440000000000000000000000000000000000000000000000/s"},
              f, indent=4, ensure_ascii=False)
    f.write("\n")

# Keys in another order, compact, ASCII-escaped, with a logGroupName on one event.
catalog = {"nextToken": "abc", "searchedLogStreams": [], "events": [
    {"eventId": "1", "message": "RESTORE_REPORT Restore Duration: 412.55 ms\n", "timestamp": 1710356400000,
     "logStreamName": "2024/03/13/[56]4c6e8a0b2d4f6a8c0e2b4d6f8a0c2e4b", "ingestionTime": 1710356400010},
    {"ingestionTime": 1710356400020, "timestamp": 1710356400005, "extra": {"nested": [1, 2, {"a": "b"}], "flag": True},
     "message": "Item not found: sku-991\n\tat com.example.Catalog(Catalog.java:48)\n", "eventId": "2",
     "logStreamName": "2024/03/13/[56]4c6e8a0b2d4f6a8c0e2b4d6f8a0c2e4b", "logGroupName": "/aws/lambda/catalog-api-v2"},
]}
with open("catalog-api.json", "w") as f:
    json.dump(catalog, f, separators=(",", ":"), ensure_ascii=True)
