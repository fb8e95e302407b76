// The client's decoder of /sync pages: whatever a server (or a man in the middle of a misconfigured
// one) sends, it decodes or refuses, and a page it accepts encodes back to itself.
#include "fuzzinput.h"
#include "protocol/types.h"

#include <QJsonDocument>

using namespace guild::protocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject object = QJsonDocument::fromJson(guild::fuzz::bytes(data, size)).object();
    const std::optional<SyncPage> page = SyncPage::fromJson(object);
    if (!page) {
        return 0;
    }
    const QJsonObject encoded = page->toJson();
    const std::optional<SyncPage> again = SyncPage::fromJson(encoded);
    GUILD_FUZZ_CHECK(again.has_value());
    GUILD_FUZZ_CHECK(again->toJson() == encoded);
    GUILD_FUZZ_CHECK(again->upserts.size() == page->upserts.size());
    return 0;
}
