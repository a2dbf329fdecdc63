#pragma once

#include "domain/logevent.h"

#include <QStringList>
#include <QVector>
#include <atomic>
#include <cstdint>
#include <functional>

namespace ll {

struct ImportControl {
    const std::atomic<bool>* cancel = nullptr;   // checked once per chunk read
    // Called from the importing thread, only when the permille of bytesDone/bytesTotal moves;
    // the last call has bytesDone == bytesTotal unless the import was cancelled.
    std::function<void(uint64_t bytesDone, uint64_t bytesTotal)> progress;
    // Threads that parse large plain aws-CLI exports ahead of the importing thread; 0: as many
    // as the machine has cores, 1: none (everything in the importing thread).
    int parseThreads = 0;
};

struct ImportResult {
    uint64_t files = 0;     // files whose content was read (not counting skipped files)
    uint64_t events = 0;    // events delivered to the sink
    uint64_t bytes = 0;     // bytes read from disk (compressed size for .gz)
    bool cancelled = false;
    QVector<SkippedInput> skipped;   // also reported to EventSink::addSkipped
};

// Expands folders (recursively, sorted, hidden entries left out), detects each file's kind by
// content (aws CLI filter-log-events/get-log-events JSON, `aws logs tail` text, plain lines;
// each possibly gzip-compressed) and streams its events into sink, calling
// sink.setDefaultFunction(<file base name>) before each file. Reads in chunks with bounded
// memory; no globals, safe to run in several worker threads with different sinks.
ImportResult importFiles(const QStringList& paths, EventSink& sink, const ImportControl& control = {});

// "orders-api.json.gz" -> "orders-api": the function name a file stands for.
QString functionNameFromFileName(const QString& fileName);

} // namespace ll
