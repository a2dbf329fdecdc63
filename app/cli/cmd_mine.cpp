// `lambdalens mine FILE [--csv]`: log template mining on a plain text file, one message a line.

#include "analysis/templateminer.h"
#include "cli/command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <string>
#include <vector>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli::mine)
};
QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Reads `file` in blocks and hands each line (without \r\n) to `sink`. A line longer than
// `keep` bytes is passed cut to `keep` bytes: memory stays bounded whatever the input.
template<typename Sink>
bool forEachLine(QFile& file, size_t keep, Sink sink)
{
    std::string line;
    bool overlong = false;
    QByteArray block;
    while (true) {
        block = file.read(1 << 20);
        if (block.isEmpty())
            break;
        qsizetype start = 0;
        while (start < block.size()) {
            const qsizetype nl = block.indexOf('\n', start);
            const qsizetype end = nl < 0 ? block.size() : nl;
            if (!overlong) {
                const size_t room = keep - std::min(keep, line.size());
                const size_t take = std::min(room, size_t(end - start));
                line.append(block.constData() + start, take);
                overlong = size_t(end - start) > room;
            }
            if (nl < 0)
                break;
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            sink(std::string_view(line));
            line.clear();
            overlong = false;
            start = nl + 1;
        }
    }
    if (!line.empty()) {
        if (line.back() == '\r')
            line.pop_back();
        sink(std::string_view(line));
    }
    return file.error() == QFileDevice::NoError;
}

int runMine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Groups the lines of FILE (one log message a line; '-' reads standard input) into templates,\n"
           "replacing variable parts with <*>. Prints one row per line: line number (from 1), cluster id,\n"
           "template. Ids are final: lines mined later can merge clusters, and every row shows the\n"
           "cluster its line ended in. Templates are CSV-quoted when they hold a comma or a quote.\n"
           "--csv adds a header row (line,cluster_id,template) so the output is a complete CSV file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("Text file with one message a line, or '-'."));
    const QCommandLineOption csv(QStringLiteral("csv"), Text::tr("Print a CSV header row before the rows."));
    parser.addOption(csv);
    if (!parser.parse(arguments)) {
        ll::cli::err() << parser.errorText() << Qt::endl;
        return ll::cli::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ll::cli::out() << parser.helpText();
        ll::cli::out().flush();
        return ll::cli::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        ll::cli::err() << Text::tr("lambdalens mine: expected exactly one FILE. Try 'lambdalens mine --help'.") << Qt::endl;
        return ll::cli::Usage;
    }

    QFile file;
    const QString path = positional.front();
    bool opened = false;
    if (path == QLatin1String("-"))
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        ll::cli::err() << Text::tr("lambdalens mine: cannot read '%1': %2").arg(path, file.errorString()) << Qt::endl;
        return ll::cli::Failure;
    }

    ll::TemplateMiner miner;
    std::vector<uint32_t> ids;
    const bool complete = forEachLine(file, ll::TokenMasker::MaxBytes, [&](std::string_view line) {
        ids.push_back(miner.add(line));
    });

    QTextStream& out = ll::cli::out();
    if (parser.isSet(csv))
        out << "line,cluster_id,template\n";
    std::vector<QString> templates(miner.idCount());
    for (size_t i = 0; i < ids.size(); ++i) {
        const uint32_t id = miner.canonical(ids[i]);
        if (templates[id].isNull()) {
            const std::string t = miner.templateOf(id);
            templates[id] = csvField(QString::fromUtf8(t.data(), qsizetype(t.size())));
        }
        out << (i + 1) << ',' << id << ',' << templates[id] << '\n';
    }
    out.flush();
    if (!complete) {
        ll::cli::err() << Text::tr("lambdalens mine: reading '%1' stopped early: %2").arg(path, file.errorString()) << Qt::endl;
        return ll::cli::PartialInput;
    }
    return ll::cli::Ok;
}

} // namespace

LL_REGISTER_COMMAND(ll::cli::Command{"mine", "Group the lines of a text file into log templates", &runMine})
