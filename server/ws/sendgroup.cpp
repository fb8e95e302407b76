#include "sendgroup.h"

#include <QLoggingCategory>

namespace guild::server {

namespace {
Q_LOGGING_CATEGORY(lcSendGroup, "guild.server.chat")
}

SendGroup::SendGroup(ChatService &chat, QMutex &order, std::function<void(const protocol::chat::Message &)> fanOut)
    : m_chat(chat)
    , m_order(order)
    , m_fanOut(std::move(fanOut))
{}

Result<SendOutcome> SendGroup::send(const SendRequest &request)
{
    auto mine = std::make_shared<Pending>(Pending{request, std::nullopt});
    {
        const QMutexLocker queue(&m_queueMutex);
        m_queue.append(mine);
    }
    const QMutexLocker order(&m_order);
    // Whoever held the order before may have stored this one with its group already.
    while (!mine->result) {
        storeNextGroup();
    }
    return *mine->result;
}

void SendGroup::storeNextGroup()
{
    QList<std::shared_ptr<Pending>> group;
    {
        const QMutexLocker queue(&m_queueMutex);
        const qsizetype count = qMin<qsizetype>(m_queue.size(), GroupMax);
        group = m_queue.mid(0, count);
        m_queue.remove(0, count);
    }
    QList<SendRequest> requests;
    requests.reserve(group.size());
    for (const auto &pending : std::as_const(group)) {
        requests.append(pending->request);
    }
    QList<Result<SendOutcome>> results;
    try {
        results = m_chat.sendMany(requests);
    } catch (const std::exception &e) {
        qCWarning(lcSendGroup) << "a group of" << group.size() << "sends failed to commit:" << e.what();
    }
    for (qsizetype i = 0; i < group.size(); ++i) {
        if (i >= results.size()) {
            group[i]->result = Result<SendOutcome>(ApiError::internal());
            continue;
        }
        group[i]->result = results[i];
        if (results[i].ok() && !results[i].value().duplicate) {
            m_fanOut(results[i].value().message);
        }
    }
}

} // namespace guild::server
