#pragma once

#include "protocol/chat.h"

#include <QList>
#include <QStringList>

namespace guild::bench {

/// `count` messages of channel 1 as a busy channel has them: short, wrapping, code and Chinese in
/// turn, from seven members, 90 s apart.
inline QList<protocol::chat::Message> channelHistory(int count)
{
    const QStringList bodies{QStringLiteral("short one"),
                             QStringLiteral("A longer message that wraps over a couple of lines in a window of "
                                            "ordinary width, the way people write when they explain something."),
                             QStringLiteral("```cpp\nfor (int i = 0; i < n; ++i) {\n    work(i);\n}\n```"),
                             QStringLiteral("中文消息也要顺畅地显示。")};
    QList<protocol::chat::Message> history;
    history.reserve(count);
    for (int i = 0; i < count; ++i) {
        protocol::chat::Message m;
        m.channelId = 1;
        m.seq = i + 1;
        m.id = i + 1;
        m.senderId = i % 7;
        m.senderName = QStringLiteral("Member %1").arg(i % 7);
        m.body = bodies.at(i % bodies.size());
        m.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + qint64(i) * 90, Qt::UTC);
        history.append(m);
    }
    return history;
}

} // namespace guild::bench
