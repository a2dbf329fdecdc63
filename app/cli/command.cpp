#include "cli/command.h"

#include <cstdio>

namespace ll::cli {

namespace {
std::vector<Command>& registry()
{
    static std::vector<Command> list;
    return list;
}
}

bool registerCommand(const Command& command)
{
    registry().push_back(command);
    return true;
}

const std::vector<Command>& commands() { return registry(); }

const Command* findCommand(const QString& name)
{
    for (const Command& c : registry()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace ll::cli
