// The file importer's readers on arbitrary bytes, fed in pieces of a size taken from the input
// (down to one byte), the way importFiles() feeds them: what a reader hands back is offered
// again followed by more data. Also the JSON string decoder on the whole input.
#include "sources/awsexportreader.h"
#include "sources/jsontext.h"
#include "sources/plaintextreader.h"

#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

namespace {

class CountingSink final : public ll::EventSink {
public:
    void setDefaultFunction(std::string_view) override {}
    void addEvent(const ll::RawEvent& e) override
    {
        // Touch every byte the views cover, so that a view past the buffer is caught by ASan.
        for (const std::string_view v : {e.message, e.logStream, e.function, e.eventId})
            for (const char c : v)
                sum += static_cast<unsigned char>(c);
    }
    void addSkipped(const ll::SkippedInput&) override {}
    uint64_t sum = 0;
};

void feedInPieces(ll::ChunkReader& reader, std::string_view input, size_t piece)
{
    std::string buffer;
    uint64_t base = 0;
    size_t pos = 0;
    for (;;) {
        const size_t n = std::min(piece, input.size() - pos);
        buffer.append(input.substr(pos, n));
        pos += n;
        const bool atEof = pos == input.size();
        const size_t consumed = reader.feed(buffer.data(), buffer.size(), base, atEof);
        if (consumed > buffer.size() || (atEof && consumed != buffer.size()))
            std::abort();
        if (atEof)
            break;
        buffer.erase(0, consumed);
        base += consumed;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t piece = 1 + data[0] % 97;
    const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
    CountingSink sink;
    QVector<ll::SkippedInput> skipped;
    ll::ImportFileContext context(sink, QStringLiteral("fuzz.json"), skipped);
    {
        ll::AwsExportReader reader(context);
        feedInPieces(reader, input, piece);
    }
    {
        ll::PlainTextReader reader(context);
        feedInPieces(reader, input, piece);
    }
    (void)ll::AwsExportReader::detect(input.data(), input.size());
    const auto out = std::make_unique<char[]>(input.size() + 1);
    const ll::json::DecodeResult decoded = ll::json::decodeString(input.data(), input.data() + input.size(), out.get());
    if (decoded.outEnd > out.get() + input.size())
        std::abort();
    return 0;
}
