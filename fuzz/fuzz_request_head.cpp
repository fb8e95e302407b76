// ConnectionGuard's reader of request heads: any bytes, in any pieces, give the same verdict as the
// same bytes at once, and a refusal is always one of the three it may give.
#include "fuzzinput.h"
#include "http/requestheadreader.h"

#include <QList>

#include <algorithm>

using guild::server::RequestHeadReader;

namespace {

RequestHeadReader::Verdict feedInPieces(const QByteArray &input, const QList<qsizetype> &cuts)
{
    RequestHeadReader reader({1024, 512});
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        const RequestHeadReader::Verdict v = reader.feed(input.mid(from, cut - from));
        from = cut;
        if (v.kind != RequestHeadReader::Verdict::Kind::Continue) {
            return v;
        }
    }
    return reader.feed(input.mid(from));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first bytes choose where the rest is cut, as TCP would.
    QList<qsizetype> cuts;
    const uint8_t pieces = guild::fuzz::takeByte(data, size) % 8;
    for (uint8_t i = 0; i < pieces; ++i) {
        cuts.append(guild::fuzz::takeByte(data, size));
    }
    const QByteArray input = guild::fuzz::bytes(data, size);
    std::sort(cuts.begin(), cuts.end());
    for (qsizetype &cut : cuts) {
        cut = qMin(cut, input.size());
    }
    const RequestHeadReader::Verdict whole = feedInPieces(input, {});
    const RequestHeadReader::Verdict split = feedInPieces(input, cuts);
    GUILD_FUZZ_CHECK(whole.kind == split.kind);
    GUILD_FUZZ_CHECK(whole.status == split.status);
    if (whole.kind == RequestHeadReader::Verdict::Kind::Reject) {
        GUILD_FUZZ_CHECK(whole.status == 411 || whole.status == 413 || whole.status == 431);
        GUILD_FUZZ_CHECK(whole.drainBytes >= 0 && whole.drainBytes <= RequestHeadReader::MaxDrainBytes);
    }
    return 0;
}
