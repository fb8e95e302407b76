// The payment provider's signature header, read before anything else of a webhook is believed.
#include "domain/webhooksignature.h"
#include "fuzzinput.h"

namespace webhook = guild::server::webhook;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header = guild::fuzz::bytes(data, size);
    const auto signature = webhook::parseSignature(header);
    if (signature) {
        GUILD_FUZZ_CHECK(signature->timestamp >= 0 && signature->timestamp <= 32503680000);
        GUILD_FUZZ_CHECK(!signature->v1.isEmpty() && header.contains(signature->v1));
        // What the check compares it with is always a 64-character hex digest.
        GUILD_FUZZ_CHECK(webhook::sign("secret", signature->timestamp, header).size() == 64);
    }
    return 0;
}
