#pragma once

// Writes Lambda text-format invocations (Node and Python errors, timeouts, ERROR lines of
// successful invocations) as fixture events, for tests whose right clustering is known.

#include "fixtureevents.h"

#include <QDateTime>
#include <cstdio>

namespace ll::testing {

// Builds Lambda text-format invocations in one stream per function.
struct FleetScript {
    std::vector<FixtureEvent> events;
    int64_t t = 1710356183000;
    int next = 0;

    std::string requestId()
    {
        char buf[64];
        std::snprintf(buf, sizeof buf, "00000000-0000-4000-8000-%012d", ++next);
        return buf;
    }
    static std::string iso(int64_t ms)
    {
        const QDateTime d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        return d.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toStdString();
    }
    // One invocation whose body lines are given with "{R}" for the request id and "{T}" for the time.
    std::string invoke(const std::string& function, const std::vector<std::string>& body, const std::string& reportTail = {})
    {
        const std::string r = requestId();
        const std::string stream = "2024/03/13/[$LATEST]" + function;
        events.push_back(ll::testing::makeEvent(function, stream, t, "START RequestId: " + r + " Version: $LATEST"));
        t += 5;
        for (std::string line : body) {
            for (size_t p; (p = line.find("{R}")) != std::string::npos;)
                line.replace(p, 3, r);
            for (size_t p; (p = line.find("{T}")) != std::string::npos;)
                line.replace(p, 3, iso(t));
            events.push_back(ll::testing::makeEvent(function, stream, t, line));
            t += 5;
        }
        events.push_back(ll::testing::makeEvent(function, stream, t, "END RequestId: " + r));
        events.push_back(ll::testing::makeEvent(function, stream, t + 1,
                                                "REPORT RequestId: " + r
                                                    + "\tDuration: 18.20 ms\tBilled Duration: 19 ms\tMemory Size: 512 MB\tMax Memory Used: 97 MB\t"
                                                    + reportTail));
        t += 1000;
        return r;
    }
    std::string nodeError(const std::string& function, const std::string& type, const std::string& message, int line = 41)
    {
        return invoke(function, {"{T}\t{R}\tERROR\tInvoke Error \t{\"errorType\":\"" + type + "\",\"errorMessage\":\"" + message
                                     + "\",\"stack\":[\"" + type + ": " + message + "\",\"    at priceLine (file:///var/task/index.mjs:"
                                     + std::to_string(line) + ":23)\",\"    at Runtime.handler (file:///var/task/index.mjs:12:17)\"]}"});
    }
    std::string pythonError(const std::string& function, const std::string& key, const std::string& frameFunction = "handler")
    {
        return invoke(function, {"[ERROR] KeyError: '" + key + "'\nTraceback (most recent call last):\n  File \"/var/task/app.py\", line 27, in "
                                     + frameFunction + "\n    total = event['" + key + "']"});
    }
    std::string timeout(const std::string& function, const std::string& seconds)
    {
        return invoke(function, {"{T} {R} Task timed out after " + seconds + " seconds"}, "Status: timeout");
    }
    std::string ok(const std::string& function, const std::vector<std::string>& body = {"{T}\t{R}\tINFO\tfine"})
    {
        return invoke(function, body);
    }
};

} // namespace ll::testing
