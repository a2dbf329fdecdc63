// A plain-text log of N lines of hostile text (HTML, ANSI escapes, C0 controls, bidi overrides,
// zero-width characters, NUL, invalid UTF-8, one 1 MB line every million lines) imported through
// the file importer into a Fleet, the way the app opens it. Prints lines, bytes, CPU and wall
// time and peak RSS; tst_hostiletext runs the same shape with 300,000 lines.
//
//   bench_hostilelines [lines=10000000] [dir=/tmp]
#include "sources/sourceloader.h"
#include "store/fleet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <sys/resource.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const uint64_t lines = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 10000000;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("/tmp");
    const QString path = dir + QStringLiteral("/bench_hostilelines.log");

    const std::string payloads[] = {
        "<b>x</b><img src=\"file:///etc/passwd\">",
        "\x1b[31mred\x1b[0m \x1b]0;title\x07",
        std::string("a\x01" "b\x07" "c\x08" "d\x0b" "e\x0c" "g\x7f" "h"),
        "price \xe2\x80\xae" "001$ \xe2\x81\xa6" "isolated\xe2\x81\xa9",
        "pass\xe2\x80\x8bword \xef\xbb\xbf" "bom",
        std::string("before\0after", 12),
        "bad \xff\xfe \xc3( \xed\xa0\x80 end",
    };
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::string block;
        const std::string huge(1024 * 1024, 'x');
        for (uint64_t i = 0; i < lines; ++i) {
            block += "2026-11-28T00:00:00.000Z\tr-" + std::to_string(i % 100000) + "\tINFO\t";
            block += i % 1000000 == 999999 ? huge : payloads[i % std::size(payloads)];
            block += '\n';
            if (block.size() > (8 << 20)) {
                f.write(block.data(), qint64(block.size()));
                block.clear();
            }
        }
        f.write(block.data(), qint64(block.size()));
    }
    const qint64 bytes = QFile(path).size();

    ll::LoadRequest request;
    request.paths = {path};
    QElapsedTimer wall;
    wall.start();
    const std::clock_t cpu0 = std::clock();
    const ll::FleetPtr fleet = ll::loadSources(request);
    const double cpu = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("lines written   %llu (%.1f MB)\n", static_cast<unsigned long long>(lines), double(bytes) / (1 << 20));
    std::printf("lines imported  %llu\n", static_cast<unsigned long long>(fleet ? fleet->lineCount() : 0));
    if (fleet)
        for (const ll::SkippedInput& s : fleet->skipped())
            std::printf("skipped         %s: %s\n", qPrintable(s.source), qPrintable(s.reason));
    std::printf("cpu %.2f s, wall %.2f s, %.0f lines/s cpu, peak RSS %.0f MB\n", cpu, double(wall.elapsed()) / 1000,
                cpu > 0 ? double(lines) / cpu : 0.0, double(usage.ru_maxrss) / 1024);
    QFile::remove(path);
    return fleet && fleet->lineCount() == lines ? 0 : 1;
}
