#pragma once

// Reads the annotated fixture format of the reference (`# log group /aws/lambda/NAME | stream S`
// headers, one event message per line, literal \n inside plain-text events) into events, so
// tests can feed the same data in any order to a FleetBuilder.

#include "store/fleetbuilder.h"

#include <QFile>
#include <QString>
#include <string>
#include <vector>

namespace ll::testing {

struct FixtureEvent {
    std::string function, stream, message, eventId;
    int64_t timestampMs = 0;
};

inline std::vector<FixtureEvent> loadFixture(const QString& path, int64_t baseMs = 1710356183000, int64_t stepMs = 10)
{
    QFile file(path);
    std::vector<FixtureEvent> events;
    if (!file.open(QIODevice::ReadOnly))
        return events;
    std::string function = "unknown", stream = "unknown";
    int64_t t = baseMs;
    int id = 0;
    while (!file.atEnd()) {
        std::string line = file.readLine().toStdString();
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
            line.pop_back();
        if (line.empty())
            continue;
        if (line.rfind("# ", 0) == 0) {
            const size_t g = line.find("log group ");
            if (g != std::string::npos) {
                std::string group = line.substr(g + 10);
                group = group.substr(0, group.find(' '));
                const std::string prefix = "/aws/lambda/";
                function = group.rfind(prefix, 0) == 0 ? group.substr(prefix.size()) : group.substr(group.rfind('/') + 1);
            }
            const size_t s = line.find("stream ");
            stream = s == std::string::npos ? function + "-stream" : line.substr(s + 7, line.find(' ', s + 7) - s - 7);
            continue;
        }
        if (line.front() != '{') {
            std::string decoded;
            for (size_t i = 0; i < line.size(); ++i) {
                if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == 'n') {
                    decoded.push_back('\n');
                    ++i;
                } else {
                    decoded.push_back(line[i]);
                }
            }
            line = decoded;
        }
        events.push_back({ function, stream, line, std::to_string(++id), t });
        t += stepMs;
    }
    return events;
}

inline FleetPtr buildFleet(const std::vector<FixtureEvent>& events)
{
    FleetBuilder builder;
    for (const FixtureEvent& e : events) {
        RawEvent raw;
        raw.function = e.function;
        raw.logStream = e.stream;
        raw.message = e.message;
        raw.eventId = e.eventId;
        raw.timestampMs = e.timestampMs;
        builder.addEvent(raw);
    }
    return builder.finish();
}

inline FixtureEvent makeEvent(std::string function, std::string stream, int64_t t, std::string message, std::string id = {})
{
    return { std::move(function), std::move(stream), std::move(message), std::move(id), t };
}

} // namespace ll::testing
