#!/usr/bin/env python3
"""Fills a running moto server with Lambda-like log groups for the sync tests (loopback only).

usage: moto_fill.py ENDPOINT REGION GROUPS STREAMS EVENTS BASE_MS [--tag T]
Prints a JSON list of every event put: [group, stream, timestamp, message].
"""
import json
import sys

import boto3


def main():
    endpoint, region = sys.argv[1], sys.argv[2]
    groups, streams, events, base = (int(x) for x in sys.argv[3:7])
    tag = sys.argv[8] if len(sys.argv) > 8 and sys.argv[7] == "--tag" else "a"
    if not endpoint.startswith("http://127.0.0.1:"):
        sys.exit("refusing a non-loopback endpoint")
    logs = boto3.client("logs", region_name=region, endpoint_url=endpoint,
                        aws_access_key_id="AKIDTESTFILL", aws_secret_access_key="fill-secret")
    put = []
    for g in range(groups):
        name = f"/aws/lambda/fn-{g:03d}"
        try:
            logs.create_log_group(logGroupName=name)
        except logs.exceptions.ResourceAlreadyExistsException:
            pass
        for s in range(streams):
            stream = f"2024/03/13/[$LATEST]{tag}{g:03d}{s:02d}"
            try:
                logs.create_log_stream(logGroupName=name, logStreamName=stream)
            except logs.exceptions.ResourceAlreadyExistsException:
                pass
            batch = []
            for e in range(events):
                ts = base + e * 1000 + s
                msg = f"REPORT RequestId: {tag}-{g}-{s}-{e}\tDuration: {e}.5 ms\tBilled Duration: {e + 1} ms\tMemory Size: 128 MB\tMax Memory Used: 64 MB\t\u00e9"
                batch.append({"timestamp": ts, "message": msg})
                put.append([name, stream, ts, msg])
            if batch:
                logs.put_log_events(logGroupName=name, logStreamName=stream, logEvents=batch)
    json.dump(put, sys.stdout)


if __name__ == "__main__":
    main()
