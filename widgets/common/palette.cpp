#include "common/palette.h"

namespace ll {

QColor outcomeColor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok: return QColor(0x00, 0x9E, 0x73);
    case Outcome::Error: return QColor(0xD5, 0x5E, 0x00);
    case Outcome::Timeout: return QColor(0xCC, 0x79, 0xA7);
    case Outcome::OutOfMemory: return QColor(0xE6, 0x9F, 0x00);
    case Outcome::Crash: return QColor(0x88, 0x22, 0x55);
    case Outcome::Incomplete: return QColor(0x99, 0x99, 0x99);
    }
    return QColor(Qt::gray);
}

QColor coldStartColor() { return QColor(0x56, 0xB4, 0xE9); }

} // namespace ll
