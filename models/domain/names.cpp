#include "domain/invocation.h"
#include "domain/logline.h"

#include <array>

namespace ll {

namespace {
constexpr std::array<const char*, OutcomeCount> kOutcomeKeys
    = { "ok", "error", "timeout", "out-of-memory", "crash", "incomplete" };
constexpr std::array<const char*, 7> kLevelKeys = { "", "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL" };
}

const char* outcomeKey(Outcome o) { return kOutcomeKeys[static_cast<size_t>(o)]; }

bool outcomeFromKey(std::string_view key, Outcome* out)
{
    for (size_t i = 0; i < kOutcomeKeys.size(); ++i) {
        if (key == kOutcomeKeys[i]) {
            *out = static_cast<Outcome>(i);
            return true;
        }
    }
    // Short forms accepted on the command line.
    if (key == "oom") {
        *out = Outcome::OutOfMemory;
        return true;
    }
    return false;
}

const char* levelKey(LogLevel level) { return kLevelKeys[static_cast<size_t>(level)]; }

} // namespace ll
