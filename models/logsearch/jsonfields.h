#pragma once

#include "logsearch/linesource.h"

#include <QString>
#include <QStringList>
#include <string_view>

namespace ll {

// Lambda's JSON log format and Powertools write one JSON object per line. These helpers find the
// keys such lines carry (so the view can offer them as columns) and read one key's value.
// Non-JSON and broken lines are skipped, never an error.
class JsonFields {
public:
    struct Field {
        QString key;
        uint32_t lines = 0;  // sampled lines that carry the key
    };

    // Top-level keys of JSON messages among up to `sample` rows spread over the source,
    // commonest first (ties by name). Keys the view already shows as columns are left out.
    static QList<Field> discover(const LineSource& source, uint32_t sample = 2000);
    // The value of top-level `key` as display text: strings unquoted, other values as compact
    // JSON; empty when the line is not a JSON object or has no such key.
    static QString value(std::string_view message, const QString& key);
    // Whether the message looks like a JSON object (cheap test, no parse).
    static bool looksLikeJson(std::string_view message);
};

} // namespace ll
