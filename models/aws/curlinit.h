#pragma once

namespace ll::aws {

// Initialises libcurl (and OpenSSL beneath it) once per process; every code path that creates a
// curl handle calls this first, so no handle ever triggers curl's implicit global init.
void ensureCurlInitialised();

} // namespace ll::aws
