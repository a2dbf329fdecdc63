#include "logsearch/jsonfields.h"

#include <QHash>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace ll {

namespace {
// Shown by the view's own columns already (Lambda JSON format and Powertools spellings).
bool isBuiltinColumn(const std::string& key)
{
    static const char* const keys[] = { "timestamp", "time", "level", "message", "msg", "requestId" };
    return std::any_of(std::begin(keys), std::end(keys), [&](const char* k) { return key == k; });
}

constexpr size_t kMaxJsonBytes = 256 * 1024;  // larger lines are not parsed for fields
}

bool JsonFields::looksLikeJson(std::string_view m)
{
    size_t b = 0;
    while (b < m.size() && (m[b] == ' ' || m[b] == '\t'))
        ++b;
    size_t e = m.size();
    while (e > b && (m[e - 1] == ' ' || m[e - 1] == '\n' || m[e - 1] == '\r' || m[e - 1] == '\t'))
        --e;
    return e - b >= 2 && m[b] == '{' && m[e - 1] == '}';
}

QList<JsonFields::Field> JsonFields::discover(const LineSource& source, uint32_t sample)
{
    QHash<QString, uint32_t> seen;
    const uint32_t n = source.count();
    const uint32_t step = (sample == 0 || n <= sample) ? 1 : n / sample;
    for (uint32_t row = 0; row < n; row += step) {
        const std::string_view m = source.message(row);
        if (m.size() > kMaxJsonBytes || !looksLikeJson(m))
            continue;
        const nlohmann::json j = nlohmann::json::parse(m.begin(), m.end(), nullptr, false);
        if (!j.is_object())
            continue;
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (!isBuiltinColumn(it.key()))
                ++seen[QString::fromStdString(it.key())];
        }
    }
    QList<Field> out;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        out.append(Field { it.key(), it.value() });
    std::sort(out.begin(), out.end(), [](const Field& a, const Field& b) {
        return a.lines != b.lines ? a.lines > b.lines : a.key < b.key;
    });
    return out;
}

QString JsonFields::value(std::string_view message, const QString& key)
{
    if (message.size() > kMaxJsonBytes || !looksLikeJson(message))
        return {};
    const nlohmann::json j = nlohmann::json::parse(message.begin(), message.end(), nullptr, false);
    if (!j.is_object())
        return {};
    const auto it = j.find(key.toStdString());
    if (it == j.end())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    // Invalid UTF-8 inside cannot reach here (the parse would have failed); replace to be safe.
    return QString::fromStdString(it->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace ll
