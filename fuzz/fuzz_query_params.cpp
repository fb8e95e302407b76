// Query parameters as handlers read them: numbers stay in their range or are refused, and the dates and
// times reports take parse or are refused, whatever the query string holds.
#include "fuzzinput.h"
#include "http/request.h"
#include "protocol/types.h"

#include <QDate>

using guild::server::Request;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Request request;
    request.query = QUrlQuery(QString::fromUtf8(guild::fuzz::bytes(data, size)));
    for (const QString &name : {QStringLiteral("limit"), QStringLiteral("before"), QStringLiteral("after")}) {
        if (const std::optional<int> value = request.intParam(name, 20, 1, 200)) {
            GUILD_FUZZ_CHECK(*value >= 1 && *value <= 200);
        }
    }
    (void)QDate::fromString(request.param(QStringLiteral("from")), Qt::ISODate);
    (void)guild::protocol::fromIsoUtc(request.param(QStringLiteral("since")));
    (void)request.param(QStringLiteral("q")).toLower();
    return 0;
}
