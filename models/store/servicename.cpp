#include "store/servicename.h"

namespace ll {

QString serviceOfFunction(const QString& name)
{
    for (int i = 1; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == u'-' || c == u'_' || c == u'.')
            return name.left(i);
    }
    return name;
}

} // namespace ll
