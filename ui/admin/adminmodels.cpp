#include "adminmodels.h"

#include "common/formatting.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol;

void MemberTableModel::setMembers(const QList<MemberSummary> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

const MemberSummary *MemberTableModel::at(int row) const
{
    return row >= 0 && row < m_members.size() ? &m_members.at(row) : nullptr;
}

void MemberTableModel::refresh()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_members.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    const MemberSummary *m = index.isValid() ? at(index.row()) : nullptr;
    if (!m) {
        return {};
    }
    if (role == IdRole) {
        return m->id;
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && m->bannedUntil.isValid()) {
        return m->banReason;
    }
    if (role == Qt::TextAlignmentRole && index.column() == PointsColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case UsernameColumn:
        return m->username;
    case NameColumn:
        return m->displayName;
    case RoleColumn:
        return m->role;
    case TierColumn: {
        const QDateTime expires = m->membership.expiresAt;
        return expires.isValid() ? tierDisplayName(m->membership.tier) + u" → "_s +
                                       QLocale().toString(expires.toLocalTime().date(), QLocale::ShortFormat)
                                 : tierDisplayName(m->membership.tier);
    }
    case PointsColumn:
        return m->points;
    case StatusColumn:
        if (!m->bannedUntil.isValid()) {
            return QString();
        }
        // Year 9999: for good.
        return m->bannedUntil.date().year() >= 9999
                   ? tr("banned")
                   : tr("banned until %1")
                         .arg(QLocale().toString(m->bannedUntil.toLocalTime().date(), QLocale::ShortFormat));
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case TierColumn:
        return tr("Tier");
    case PointsColumn:
        return tr("Points");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QVariant FeedbackListModel::display(const engagement::Feedback &f, int /*row*/, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    return u"[%1] %2: %3%4"_s.arg(f.kind, f.memberName, f.body.simplified().left(200),
                                  f.answer.isEmpty() ? QString() : u"\n  ↳ "_s + f.answer.simplified().left(200));
}

QVariant HomeworkListModel::display(const course::Homework &h, int /*row*/, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    return tr("%1 · %2 · %3")
        .arg(h.memberName, h.lessonTitle, QLocale().toString(h.submittedAt.toLocalTime(), QLocale::ShortFormat));
}

QVariant AuditLogModel::display(const AuditEntry &e, int /*row*/, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    // The server names actions by code; a newer server's unknown code is shown as it is.
    static const QHash<QString, const char *> verbs{
        {u"create-user"_s, QT_TR_NOOP("created the account of")},
        {u"set-role"_s, QT_TR_NOOP("changed the role of")},
        {u"reset-password"_s, QT_TR_NOOP("reset the password of")},
        {u"revoke-sessions"_s, QT_TR_NOOP("signed out everywhere")},
        {u"ban"_s, QT_TR_NOOP("banned")},
        {u"unban"_s, QT_TR_NOOP("lifted the ban of")},
        {u"create-channel"_s, QT_TR_NOOP("made the channel")},
        {u"update-channel"_s, QT_TR_NOOP("changed the channel")},
        {u"archive-channel"_s, QT_TR_NOOP("archived the channel")},
        {u"update-tier"_s, QT_TR_NOOP("changed the tier")},
        {u"create-course"_s, QT_TR_NOOP("started")},
        {u"update-course"_s, QT_TR_NOOP("changed")},
        {u"add-section"_s, QT_TR_NOOP("added a section to")},
        {u"rename-section"_s, QT_TR_NOOP("renamed a section of")},
        {u"delete-section"_s, QT_TR_NOOP("deleted a section of")},
        {u"add-lesson"_s, QT_TR_NOOP("added a lesson to")},
        {u"edit-lesson"_s, QT_TR_NOOP("changed a lesson of")},
        {u"delete-lesson"_s, QT_TR_NOOP("deleted a lesson of")},
        {u"reorder-course"_s, QT_TR_NOOP("reordered")},
        {u"upload-video"_s, QT_TR_NOOP("uploaded the video of")},
        {u"hide-comment"_s, QT_TR_NOOP("hid the comment")},
        {u"hide-answer"_s, QT_TR_NOOP("hid the answer")},
        {u"hide-question"_s, QT_TR_NOOP("hid the question")},
        {u"hide-message"_s, QT_TR_NOOP("deleted the chat message")},
        {u"hide-content"_s, QT_TR_NOOP("hid everything written by")},
        {u"dismiss-report"_s, QT_TR_NOOP("dismissed the report on")},
        {u"create-code"_s, QT_TR_NOOP("made the code ending in")},
        {u"reset-code"_s, QT_TR_NOOP("issued a password reset code for")},
    };
    const char *verb = verbs.value(e.action);
    const QString when = QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    const QString line = tr("%1 · %2 %3 %4").arg(when, e.actor, verb ? tr(verb) : e.action, e.target);
    return e.detail.isEmpty() ? line : line + u" ("_s + e.detail + u')';
}

} // namespace guild::ui
