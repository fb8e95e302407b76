// The payment provider's signature header, read before anything else of a webhook is believed.
#include "domain/paymentservice.h"
#include "fuzzinput.h"

using guild::server::PaymentService;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header = guild::fuzz::bytes(data, size);
    const auto signature = PaymentService::parseSignature(header);
    if (signature) {
        GUILD_FUZZ_CHECK(signature->timestamp >= 0 && signature->timestamp <= 32503680000);
        GUILD_FUZZ_CHECK(!signature->v1.isEmpty() && header.contains(signature->v1));
        // What the check compares it with is always a 64-character hex digest.
        GUILD_FUZZ_CHECK(PaymentService::sign("secret", signature->timestamp, header).size() == 64);
    }
    return 0;
}
