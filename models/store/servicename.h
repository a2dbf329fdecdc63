#pragma once

#include <QString>

namespace ll {

// "orders-api" -> "orders": the first word names the service in the usual naming schemes. The
// fleet groups functions by it; every fleet a source produces must group alike.
QString serviceOfFunction(const QString& name);

} // namespace ll
