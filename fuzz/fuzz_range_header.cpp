// The Range header of lesson media: whatever it says, a partial answer stays inside the file and
// within the cap.
#include "fuzzinput.h"
#include "http/byterange.h"

using guild::server::ByteRange;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qint64 fileSize = 0;
    for (int i = 0; i < 4; ++i) {
        fileSize = (fileSize << 8) | guild::fuzz::takeByte(data, size);
    }
    const qint64 cap = 1 + guild::fuzz::takeByte(data, size) * 4096LL;
    const ByteRange range = ByteRange::parse(guild::fuzz::bytes(data, size), fileSize, cap);
    if (range.kind == ByteRange::Kind::Part) {
        GUILD_FUZZ_CHECK(range.first >= 0 && range.first <= range.last && range.last < fileSize);
        GUILD_FUZZ_CHECK(range.length() <= cap);
    }
    return 0;
}
