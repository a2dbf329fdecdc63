// Every line, one at a time, through the Lambda line parser; the whole input as a stream of
// events through FleetBuilder (assembly, statistics).
#include "parse/jsonscan.h"
#include "parse/lambdaline.h"
#include "store/fleetbuilder.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    (void)ll::parseLambdaLine(input);
    (void)ll::json::unescape(input);
    ll::FleetBuilder builder;
    size_t pos = 0;
    int64_t t = 0;
    while (pos <= input.size()) {
        size_t nl = input.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = input.size();
        const std::string_view line = input.substr(pos, nl - pos);
        ll::RawEvent e;
        e.message = line;
        // Time and stream vary with the content so ordering and interleaving get exercised.
        t += line.empty() ? 0 : (static_cast<unsigned char>(line[0]) % 7) - 2;
        e.timestampMs = t;
        e.logStream = line.size() > 2 && line[1] == 'x' ? std::string_view("s2") : std::string_view("s1");
        e.function = "fn";
        e.eventId = line.size() > 3 && line[2] == 'd' ? std::string_view("dup") : std::string_view();
        builder.addEvent(e);
        pos = nl + 1;
    }
    const ll::FleetPtr fleet = builder.finish();
    for (uint32_t i = 0; i < fleet->invocationCount(); ++i)
        (void)fleet->invocation(i);
    for (uint32_t i = 0; i < fleet->lineCount(); ++i)
        (void)fleet->line(fleet->lineInTimeOrder(i));
    return 0;
}
