#!/usr/bin/env python3
"""A bounded, loopback-only fake of CloudWatch Logs / CloudWatch for fault-injection tests.

It prints "PORT <n>" once listening, then one line per request:
    REQ <target> <status> <action>
Scenario options:
  --queue a,b,c      actions for the first requests, in order: throttle, throttle429, 500, 503html,
                     html200, malformed200, truncated, slow, expired, denied, notfound, redirect, ok
  --groups N         number of /aws/lambda/svc-NNN groups (DescribeLogGroups, FilterLogEvents)
  --events N         events per group, one per second from --base-ms
  --page N           events per FilterLogEvents page; --empty-pages N inserts N empty pages first
  --rate R           token bucket of R req/s (burst R) on FilterLogEvents/GetLogEvents; beyond: throttle
  --require-token T  X-Amz-Security-Token must equal T, else ExpiredTokenException
  --insights-polls N GetQueryResults answers Running N times before Complete
  --capture FILE     write the last request (method, path, headers, body) as JSON to FILE
  --slow-seconds S   delay for the "slow" action
  --lifetime S       exit after S seconds (default 300)
  --live-ms N        live mode: FilterLogEvents serves one event every N ms since start
  --late-ms N        live mode: events become visible N ms after their timestamp
  --redirect-to URL  Location of the "redirect" action's 307 answer
"""
import argparse
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARGS = None
LOCK = threading.Lock()
QUEUE = []
BUCKET = {"tokens": 0.0, "t": 0.0}
QUERIES = {}
START_MS = time.time() * 1000


def group_names():
    return [f"/aws/lambda/svc-{i:03d}" for i in range(ARGS.groups)]


def take_token():
    if ARGS.rate <= 0:
        return True
    with LOCK:
        now = time.monotonic()
        BUCKET["tokens"] = min(ARGS.rate, BUCKET["tokens"] + (now - BUCKET["t"]) * ARGS.rate)
        BUCKET["t"] = now
        if BUCKET["tokens"] >= 1.0:
            BUCKET["tokens"] -= 1.0
            return True
        return False


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, ctype="application/x-amz-json-1.1", headers=None, length=None):
        data = body if isinstance(body, bytes) else body.encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("x-amzn-RequestId", "req-%d" % int(time.time() * 1000))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data) if length is None else length))
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def error(self, status, code, message, headers=None):
        self.send(status, json.dumps({"__type": "com.amazonaws.logs#" + code, "message": message}), headers=headers)

    def do_POST(self):
        n = int(self.headers.get("Content-Length", "0"))
        if n > 1 << 20:
            self.send(413, "too large", "text/plain")
            return
        body = self.rfile.read(n)
        target = self.headers.get("X-Amz-Target", "")
        op = target.split(".")[-1]
        if ARGS.capture:
            with open(ARGS.capture, "w") as f:
                json.dump({"method": "POST", "path": self.path, "headers": [[k, v] for k, v in self.headers.items()],
                           "body": body.decode("utf-8", "replace")}, f)
        with LOCK:
            action = QUEUE.pop(0) if QUEUE else "ok"
        status = self.act(action, op, body)
        print(f"REQ {op} {status} {action}", flush=True)

    def act(self, action, op, body):
        if action == "throttle":
            self.error(400, "ThrottlingException", "Rate exceeded")
            return 400
        if action == "throttle429":
            self.send(429, json.dumps({"message": "Too Many Requests"}), headers={"x-amzn-ErrorType": "TooManyRequestsException"})
            return 429
        if action == "500":
            self.error(500, "ServiceUnavailableException", "internal")
            return 500
        if action == "503html":
            self.send(503, "<html><body><h1>503 Service Unavailable</h1></body></html>", "text/html")
            return 503
        if action == "html200":
            self.send(200, "<!DOCTYPE html><html><body>Captive portal</body></html>", "text/html")
            return 200
        if action == "malformed200":
            self.send(200, '{"events": [{"eventId": "x", "timestamp": 1')
            return 200
        if action == "truncated":
            self.send(200, '{"events": [', length=4096)
            self.close_connection = True
            return 200
        if action == "slow":
            time.sleep(ARGS.slow_seconds)
        if action == "redirect":
            self.send(307, "", headers={"Location": ARGS.redirect_to or "http://127.0.0.1:9/"})
            return 307
        if action == "expired":
            self.error(400, "ExpiredTokenException", "The security token included in the request is expired")
            return 400
        if action == "denied":
            self.error(400, "AccessDeniedException",
                       "User: arn:aws:iam::123456789012:user/test is not authorized to perform: logs:"
                       + op + " on resource: arn:aws:logs:us-east-1:123456789012:log-group:x")
            return 400
        if action == "notfound":
            self.error(400, "ResourceNotFoundException", "The specified log group does not exist.")
            return 400
        if ARGS.require_token and self.headers.get("X-Amz-Security-Token") != ARGS.require_token:
            self.error(400, "ExpiredTokenException", "The security token included in the request is expired")
            return 400
        if op in ("FilterLogEvents", "GetLogEvents") and not take_token():
            self.error(400, "ThrottlingException", "Rate exceeded")
            return 400
        try:
            req = json.loads(body or b"{}")
        except ValueError:
            self.error(400, "SerializationException", "bad json")
            return 400
        handler = getattr(self, "op_" + op, None)
        if handler is None:
            self.error(400, "UnknownOperationException", op)
            return 400
        out = handler(req)
        if isinstance(out, tuple):
            self.error(*out)
            return out[0]
        ctype = "application/x-amz-json-1.0" if op == "GetMetricData" else "application/x-amz-json-1.1"
        self.send(200, json.dumps(out), ctype)
        return 200

    def op_DescribeLogGroups(self, req):
        names = [g for g in group_names() if g.startswith(req.get("logGroupNamePrefix", ""))]
        start = int(req.get("nextToken", "0"))
        limit = int(req.get("limit", 50))
        page = names[start:start + limit]
        out = {"logGroups": [{"logGroupName": g, "creationTime": ARGS.base_ms, "storedBytes": 1 << 30,
                              "arn": "arn:aws:logs:us-east-1:1:log-group:" + g + ":*"} for g in page]}
        if start + limit < len(names):
            out["nextToken"] = str(start + limit)
        return out

    def live_events(self, req):
        # One event every --live-ms since the server started, visible --late-ms after it happened.
        now = time.time() * 1000
        lo, hi = req.get("startTime", 0), req.get("endTime", 1 << 62)
        out = []
        i = 0
        while True:
            ts = int(START_MS + i * ARGS.live_ms)
            if ts + ARGS.late_ms > now or ts > hi:
                break
            if ts >= lo:
                out.append({"logStreamName": "live", "timestamp": ts, "ingestionTime": ts + ARGS.late_ms,
                            "eventId": "live-%d" % i, "message": "event %d" % i})
            i += 1
        return {"events": out, "searchedLogStreams": []}

    def op_FilterLogEvents(self, req):
        group = req.get("logGroupName", "")
        if ARGS.live_ms > 0:
            return self.live_events(req)
        if group not in group_names():
            return (400, "ResourceNotFoundException", "The specified log group does not exist.")
        token = req.get("nextToken", "e0")
        empties = int(token[1:]) if token.startswith("e") else ARGS.empty_pages
        if empties < ARGS.empty_pages:
            return {"events": [], "nextToken": "e%d" % (empties + 1), "searchedLogStreams": []}
        start = int(token[1:]) if token.startswith("o") else 0
        lo, hi = req.get("startTime", 0), req.get("endTime", 1 << 62)
        evs = [i for i in range(ARGS.events) if lo <= ARGS.base_ms + i * 1000 <= hi]
        page = evs[start:start + ARGS.page]
        out = {"events": [{"logStreamName": "2024/03/13/[$LATEST]abc", "timestamp": ARGS.base_ms + i * 1000,
                           "ingestionTime": ARGS.base_ms + i * 1000 + 50, "eventId": "%s-%d" % (group, i),
                           "message": "REPORT RequestId: r-%d\tDuration: 1.0 ms\n" % i} for i in page],
               "searchedLogStreams": []}
        if start + ARGS.page < len(evs):
            out["nextToken"] = "o%d" % (start + ARGS.page)
        return out

    def op_GetLogEvents(self, req):
        token = req.get("nextToken", "f/0")
        start = int(token[2:])
        page = list(range(ARGS.events))[start:start + ARGS.page]
        nxt = start + len(page)
        return {"events": [{"timestamp": ARGS.base_ms + i * 1000, "ingestionTime": ARGS.base_ms + i * 1000,
                            "message": "line %d" % i} for i in page],
                "nextForwardToken": "f/%d" % nxt, "nextBackwardToken": "b/0"}

    def op_StartQuery(self, req):
        if not isinstance(req.get("startTime"), int) or req["startTime"] > 10 ** 11:
            return (400, "InvalidParameterException", "startTime must be epoch seconds")
        groups = req.get("logGroupNames") or []
        if len(groups) > 50:
            return (400, "InvalidParameterException", "too many log groups")
        qid = "q-%d" % len(QUERIES)
        QUERIES[qid] = {"polls": 0, "groups": groups, "start": req["startTime"]}
        return {"queryId": qid}

    def op_GetQueryResults(self, req):
        q = QUERIES.get(req.get("queryId"))
        if q is None:
            return (400, "ResourceNotFoundException", "no such query")
        q["polls"] += 1
        if q["polls"] <= ARGS.insights_polls:
            return {"status": "Running", "results": [], "statistics": {"recordsMatched": 0.0}}
        rows = []
        for g in q["groups"]:
            for b in range(2):
                t = time.strftime("%Y-%m-%d %H:%M:%S.000", time.gmtime(q["start"] + b * 300))
                fields = {"@log": "123456789012:" + g, "bin(5m)": t, "invocations": "10", "failures": "1",
                          "coldStarts": "2", "p50": "12.5", "p95": "40.25", "p99": "80.0",
                          "maxMemoryUsed": "67108864", "memorySize": "134217728", "billedMs": "200"}
                rows.append([{"field": k, "value": v} for k, v in fields.items()])
        return {"status": "Complete", "results": rows,
                "statistics": {"recordsMatched": 20.0 * len(q["groups"]), "recordsScanned": 100.0, "bytesScanned": 2048.0}}

    def op_StopQuery(self, req):
        return {"success": True}

    def op_GetMetricData(self, req):
        queries = req.get("MetricDataQueries", [])
        if len(queries) > 500:
            return (400, "InvalidParameterValueException", "more than 500 queries")
        first = "NextToken" not in req
        res = []
        for q in queries:
            ts = [req["StartTime"] + (0 if first else 60)]
            res.append({"Id": q["Id"], "Label": q.get("Label", q["Id"]), "Timestamps": ts,
                        "Values": [1.0 if first else 2.0], "StatusCode": "Complete" if not first else "PartialData"})
        out = {"MetricDataResults": res, "Messages": []}
        if first:
            out["NextToken"] = "page2"
        return out


def main():
    global ARGS
    p = argparse.ArgumentParser()
    p.add_argument("--queue", default="")
    p.add_argument("--groups", type=int, default=2)
    p.add_argument("--events", type=int, default=25)
    p.add_argument("--page", type=int, default=10)
    p.add_argument("--empty-pages", type=int, default=0)
    p.add_argument("--rate", type=float, default=0)
    p.add_argument("--require-token", default="")
    p.add_argument("--insights-polls", type=int, default=2)
    p.add_argument("--capture", default="")
    p.add_argument("--slow-seconds", type=float, default=3)
    p.add_argument("--base-ms", type=int, default=1710288000000)
    p.add_argument("--lifetime", type=float, default=300)
    p.add_argument("--live-ms", type=float, default=0)
    p.add_argument("--late-ms", type=float, default=0)
    p.add_argument("--redirect-to", default="")
    ARGS = p.parse_args()
    QUEUE.extend(a for a in ARGS.queue.split(",") if a)
    BUCKET["tokens"], BUCKET["t"] = ARGS.rate, time.monotonic()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print("PORT %d" % server.server_address[1], flush=True)
    threading.Timer(ARGS.lifetime, lambda: (server.shutdown())).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
