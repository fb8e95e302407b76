#include "outboxstatus.h"

#include "services/writeoutbox.h"

#include <QEvent>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {

constexpr int ExcerptLength = 40;

QString excerpt(const QString &text)
{
    const QString flat = text.simplified();
    return flat.size() > ExcerptLength ? flat.left(ExcerptLength) + u'…' : flat;
}

} // namespace

OutboxStatus::OutboxStatus(app::WriteOutbox &outbox, QWidget *parent)
    : QToolButton(parent)
    , m_outbox(outbox)
{
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &OutboxStatus::fillMenu);
    connect(&m_outbox, &app::WriteOutbox::changed, this, &OutboxStatus::refresh);
    refresh();
}

QString OutboxStatus::describe(const models::PendingWrite &write)
{
    const QString body = excerpt(write.text());
    const QString title = write.subjectTitle.isEmpty() ? tr("an article") : u"“%1”"_s.arg(write.subjectTitle);
    if (write.kind == u"comment"_s) {
        return tr("Comment on %1: %2").arg(title, body);
    }
    if (write.kind == u"like"_s) {
        return tr("Like of an article");
    }
    if (write.kind == u"unlike"_s) {
        return tr("Taking back a like");
    }
    if (write.kind == u"question"_s) {
        return tr("Question: %1").arg(body);
    }
    if (write.kind == u"answer"_s) {
        return tr("Answer: %1").arg(body);
    }
    if (write.kind == u"answer-vote"_s) {
        return tr("Vote on an answer");
    }
    if (write.kind == u"rsvp"_s) {
        return tr("Reply to an event");
    }
    if (write.kind == u"feedback"_s) {
        return tr("Feedback: %1").arg(body);
    }
    if (write.kind == u"checkin"_s) {
        return tr("Daily check-in");
    }
    if (write.kind == u"quiz"_s) {
        return tr("Quiz answers");
    }
    if (write.kind == u"homework"_s) {
        return tr("Homework: %1").arg(body);
    }
    if (write.kind == u"poll-vote"_s) {
        return tr("Vote in a poll");
    }
    return tr("A change");
}

void OutboxStatus::refresh()
{
    const int waiting = m_outbox.waitingCount();
    const int refused = m_outbox.refusedCount();
    if (refused > 0) {
        setText(tr("%n change(s) not sent", nullptr, refused));
    } else {
        setText(tr("%n change(s) waiting to be sent", nullptr, waiting));
    }
    setToolTip(tr("What you wrote or did that the server does not have yet. It is kept, and goes as soon as "
                  "the server can be reached."));
    setVisible(waiting + refused > 0);
    if (menu()->isVisible()) {
        fillMenu();
    }
}

void OutboxStatus::fillMenu()
{
    QMenu *list = menu();
    list->clear();
    for (const models::PendingWrite &w : m_outbox.writes()) {
        QString state;
        if (w.state == models::PendingWrite::State::Refused) {
            state = tr("not sent: %1").arg(w.error);
        } else if (m_outbox.isSending(w.id)) {
            state = tr("sending…");
        } else {
            state = w.attempts > 0 ? tr("waiting for the server (tried %n time(s))", nullptr, w.attempts)
                                   : tr("waiting for the server");
        }
        QMenu *item = list->addMenu(describe(w) + u" — "_s + state);
        const qint64 id = w.id;
        QAction *again = item->addAction(tr("Send again"), this, [this, id] { m_outbox.retry(id); });
        again->setEnabled(w.state == models::PendingWrite::State::Refused);
        QAction *discard = item->addAction(tr("Discard"), this, [this, id] { m_outbox.discard(id); });
        discard->setEnabled(!m_outbox.isSending(id));
    }
}

void OutboxStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
    QToolButton::changeEvent(event);
}

} // namespace guild::ui
