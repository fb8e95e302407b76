// Chat frames both ways: what the server decodes from a client and what a client decodes from the
// server. Nothing crashes, what decodes keeps the limits the protocol promises, and what decodes
// encodes to text that decodes to the same frame again.
#include "fuzzinput.h"
#include "protocol/chatframes.h"
#include "protocol/serverframes.h"

#include <QJsonDocument>

using namespace guild::protocol::chat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = guild::fuzz::bytes(data, size);
    const auto decoded = decodeClientFrame(QByteArrayView(input));
    if (const auto *error = std::get_if<FrameError>(&decoded)) {
        GUILD_FUZZ_CHECK(!error->code.isEmpty() && !error->message.isEmpty());
    } else {
        GUILD_FUZZ_CHECK(input.size() <= limits::FrameBytesMax);
        const ClientFrame &frame = std::get<ClientFrame>(decoded);
        if (const auto *resume = std::get_if<ResumeFrame>(&frame)) {
            GUILD_FUZZ_CHECK(resume->channels.size() <= ResumeFrame::ChannelsMax);
            for (const auto &position : resume->channels) {
                GUILD_FUZZ_CHECK(position.lastSeq >= 0 && position.lastRev.value_or(0) >= 0);
            }
        } else if (const auto *read = std::get_if<ReadFrame>(&frame)) {
            GUILD_FUZZ_CHECK(read->seq >= 0);
        } else if (const auto *direct = std::get_if<DirectFrame>(&frame)) {
            GUILD_FUZZ_CHECK(direct->username.size() <= 64);
        }
        const QByteArray encoded = encode(frame);
        const auto again = decodeClientFrame(QByteArrayView(encoded));
        GUILD_FUZZ_CHECK(std::holds_alternative<ClientFrame>(again));
        GUILD_FUZZ_CHECK(encode(std::get<ClientFrame>(again)) == encoded);
    }
    if (const auto server = decodeServerFrame(input)) {
        const QByteArray encoded = encode(*server);
        const auto again = decodeServerFrame(encoded);
        GUILD_FUZZ_CHECK(again.has_value());
        GUILD_FUZZ_CHECK(encode(*again) == encoded);
    }
    const QJsonObject object = QJsonDocument::fromJson(input).object();
    (void)Message::fromJson(object.value(QStringLiteral("message")).toObject());
    (void)Channel::fromJson(object.value(QStringLiteral("channel")).toObject());
    (void)NotifyPref::fromJson(object);
    (void)isValidEmoji(object.value(QStringLiteral("emoji")).toString());
    return 0;
}
