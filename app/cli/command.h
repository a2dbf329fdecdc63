#pragma once

#include <QStringList>
#include <QTextStream>
#include <vector>

namespace ll::cli {

// A headless subcommand: `lambdalens NAME ...`. Each lives in its own cmd_*.cpp and registers
// itself with LL_REGISTER_COMMAND, so adding one touches no shared file.
struct Command {
    const char* name;
    const char* summary;                       // one line for `lambdalens --help`
    int (*run)(const QStringList& arguments);  // arguments[0] is "lambdalens NAME"; returns exit code
};

bool registerCommand(const Command& command);
const std::vector<Command>& commands();
const Command* findCommand(const QString& name);

// Standard streams for commands (UTF-8).
QTextStream& out();
QTextStream& err();

// Exit codes shared by all commands.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2, PartialInput = 3 };

} // namespace ll::cli

#define LL_CONCAT_INNER(a, b) a##b
#define LL_CONCAT(a, b) LL_CONCAT_INNER(a, b)
#define LL_REGISTER_COMMAND(...)                                                                     \
    namespace {                                                                                      \
    [[maybe_unused]] const bool LL_CONCAT(llRegistered, __LINE__) = ::ll::cli::registerCommand(__VA_ARGS__); \
    }
