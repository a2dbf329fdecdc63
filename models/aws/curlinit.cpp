#include "aws/curlinit.h"

#include <curl/curl.h>
#include <openssl/crypto.h>

#include <mutex>

namespace ll::aws {

void ensureCurlInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // OpenSSL's own atexit cleanup deletes its thread-local keys while worker threads that
        // signed a request may still be exiting (QThread::wait returns before the pthread's key
        // destructors run), which strands their error state. Without it, each thread frees its
        // state on exit and the process frees the rest on exit. Must precede curl's init, which
        // would initialise OpenSSL with the default (atexit) behaviour.
        OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
        curl_global_init(CURL_GLOBAL_DEFAULT);
    });
}

} // namespace ll::aws
