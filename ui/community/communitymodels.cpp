#include "communitymodels.h"

#include "common/formatting.h"
#include "common/theme.h"

#include <QColor>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol::engagement;

QVariant QuestionListModel::display(const Question &q, int /*row*/, int role) const
{
    if (role == Qt::DecorationRole) {
        return avatarDecoration(m_avatars, q.askerId, q.askerName);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    QString line = (q.locked ? u"🔒 "_s : QString()) + q.title + u"\n"_s +
                   tr("%1 · %n answer(s)", nullptr, q.answerCount).arg(q.askerName);
    if (q.locked) {
        line += u" · "_s + tr("for %1 members").arg(tierDisplayName(q.requiredTier));
    }
    if (q.bounty > 0) {
        line += u" · "_s + tr("bounty %L1").arg(q.bounty);
    }
    if (q.acceptedAnswerId > 0) {
        line += u" · ✓"_s;
    }
    return line;
}

QVariant AnswerListModel::display(const Answer &a, int /*row*/, int role) const
{
    switch (role) {
    case Qt::DecorationRole:
        return avatarDecoration(m_avatars, a.authorId, a.authorName);
    case Qt::DisplayRole:
        if (a.id < 0) { // the member's own, not on the server yet: its state is in the name line
            return QString(a.authorName + u"\n"_s + a.body);
        }
        return QString((a.accepted ? u"✓ "_s : QString()) + tr("%1 · score %L2").arg(a.authorName).arg(a.score) +
                       u"\n"_s + a.body);
    case Qt::ForegroundRole:
        return a.accepted ? QVariant(theme::color(theme::Role::Positive, QGuiApplication::palette()))
               : a.id < 0 ? QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText))
                          : QVariant();
    case KeyRole:
        return u"%1:%2"_s.arg(a.id).arg(qHash(a.body));
    case BodyRole:
        return a.body;
    case AuthorRole:
        return a.authorName;
    case AuthorIdRole:
        return a.authorId;
    case AcceptedRole:
        return a.accepted;
    case LineRole: {
        if (a.id < 0) { // the member's own on its way: the name says so
            return QString();
        }
        QStringList parts{QLocale().toString(a.createdAt.toLocalTime(), QLocale::ShortFormat),
                          tr("score %1").arg(QLocale().toString(a.score))};
        if (a.accepted) {
            parts.prepend(tr("✓ Accepted"));
        }
        if (a.featured) {
            parts.append(tr("in the digest"));
        }
        return parts.join(u" · "_s);
    }
    default:
        return {};
    }
}

AnswerDelegate::AnswerDelegate(QObject *parent)
    : PostDelegate({AnswerListModel::KeyRole, AnswerListModel::BodyRole, AnswerListModel::AuthorRole,
                    AnswerListModel::AuthorIdRole},
                   parent)
{}

PostDelegate::Line AnswerDelegate::line(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return {index.data(AnswerListModel::LineRole).toString(), index.data(AnswerListModel::AcceptedRole).toBool()
                                                                  ? theme::color(theme::Role::Positive, option.palette)
                                                                  : QColor()};
}

QVariant EventListModel::display(const Event &e, int /*row*/, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    // Shown in the member's time, with the event's own zone for meet-ups in another city.
    const QString local = QLocale().toString(e.startsAt.toLocalTime(), QLocale::LongFormat);
    const QString there =
        QLocale().toString(e.startsAt.toTimeZone(QTimeZone(e.timezone.toLatin1())).time(), QLocale::ShortFormat);
    // Held more than an hour ago: who came, not seats still free (the server's "past" line).
    const bool held = e.startsAt.secsTo(QDateTime::currentDateTimeUtc()) > 3600;
    QString line = e.title + u"\n"_s +
                   (held ? tr("%1 (%2 in %3) · %n went", nullptr, e.attending).arg(local, there, e.timezone)
                         : tr("%1 (%2 in %3) · %4 of %5 seats taken")
                               .arg(local, there, e.timezone)
                               .arg(e.attending)
                               .arg(e.capacity));
    if (e.going) {
        line += u" · "_s + (held ? tr("you went") : tr("you are going"));
    }
    if (e.locked) {
        line = u"🔒 "_s + line + u" · "_s + tr("for %1 members").arg(tierDisplayName(e.requiredTier));
    }
    return line;
}

QVariant OwnFeedbackModel::display(const protocol::engagement::Feedback &f, int /*row*/, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    const QString when = QLocale().toString(f.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    const QString sent = tr("%1 · %2").arg(when, f.body.simplified().left(120));
    return f.answer.isEmpty() ? tr("%1\nWaiting for an answer.").arg(sent)
                              : tr("%1\nAnswer: %2").arg(sent, f.answer.simplified());
}

} // namespace guild::ui
