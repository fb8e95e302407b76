#include "presenceboard.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using protocol::chat::PresenceNotice;

namespace {

const QString Online = u"online"_s;
const QString Away = u"away"_s;
const QString Offline = u"offline"_s;

QString better(const QString &a, const QString &b)
{
    if (a == Online || b == Online) {
        return Online;
    }
    return a == Away || b == Away ? Away : Offline;
}

} // namespace

QString PresenceBoard::combined(qint64 userId) const
{
    QString status = m_local.value(userId, Offline);
    for (const auto &members : m_remote) {
        status = better(status, members.value(userId).status);
    }
    return status;
}

std::optional<PresenceNotice> PresenceBoard::reshow(qint64 userId)
{
    const QString now = combined(userId);
    if (m_shown.value(userId, Offline) == now) {
        return std::nullopt;
    }
    const PresenceNotice notice{userId, m_names.value(userId), now};
    if (now == Offline) {
        m_shown.remove(userId);
        m_names.remove(userId); // nobody shows them any more: the name comes again with their next status
    } else {
        m_shown.insert(userId, now);
    }
    return notice;
}

std::optional<PresenceNotice> PresenceBoard::setLocal(qint64 userId, const QString &name, const QString &status)
{
    m_names.insert(userId, name);
    if (status == Offline) {
        m_local.remove(userId);
    } else {
        m_local.insert(userId, status);
    }
    return reshow(userId);
}

std::optional<PresenceNotice> PresenceBoard::setRemote(const QString &process, qint64 userId, const QString &name,
                                                       const QString &status, qint64 nowMs)
{
    if (status != Online && status != Away && status != Offline) {
        return std::nullopt;
    }
    m_names.insert(userId, name);
    auto &members = m_remote[process];
    if (status == Offline) {
        members.remove(userId);
    } else {
        members.insert(userId, {status, nowMs});
    }
    return reshow(userId);
}

QList<PresenceNotice> PresenceBoard::forgetSilent(qint64 cutoffMs)
{
    QList<qint64> touched;
    for (auto process = m_remote.begin(); process != m_remote.end();) {
        for (auto member = process->begin(); member != process->end();) {
            if (member->atMs < cutoffMs) {
                touched.append(member.key());
                member = process->erase(member);
            } else {
                ++member;
            }
        }
        process = process->isEmpty() ? m_remote.erase(process) : std::next(process);
    }
    QList<PresenceNotice> notices;
    for (const qint64 userId : std::as_const(touched)) {
        if (auto notice = reshow(userId)) {
            notices.append(*notice);
        }
    }
    return notices;
}

QList<PresenceNotice> PresenceBoard::everyone() const
{
    QList<PresenceNotice> members;
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it) {
        members.append({it.key(), m_names.value(it.key()), it.value()});
    }
    return members;
}

QList<PresenceNotice> PresenceBoard::local() const
{
    QList<PresenceNotice> members;
    for (auto it = m_local.cbegin(); it != m_local.cend(); ++it) {
        members.append({it.key(), m_names.value(it.key()), it.value()});
    }
    return members;
}

} // namespace guild::server
