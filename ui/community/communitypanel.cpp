#include "communitypanel.h"
#include "common/formatting.h"

#include "common/safetextbrowser.h"
#include "services/communityservice.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol::engagement;

CommunityPanel::CommunityPanel(app::CommunityService &community, QWidget *parent)
    : QWidget(parent)
    , m_community(community)
    , m_tabs(new QTabWidget(this))
    , m_askButton(new QPushButton(this))
    , m_questions(new QListWidget(this))
    , m_questionTitle(new QLabel(this))
    , m_questionMeta(new QLabel(this))
    , m_body(new SafeTextBrowser(this))
    , m_answers(new QListWidget(this))
    , m_up(new QPushButton(u"▲"_s, this))
    , m_down(new QPushButton(u"▼"_s, this))
    , m_accept(new QPushButton(this))
    , m_answerEdit(new QPlainTextEdit(this))
    , m_answer(new QPushButton(this))
    , m_events(new QListWidget(this))
    , m_rsvp(new QPushButton(this))
    , m_join(new QPushButton(this))
    , m_feedbackKind(new QComboBox(this))
    , m_feedback(new QPlainTextEdit(this))
    , m_sendFeedback(new QPushButton(this))
    , m_notice(new QLabel(this))
{
    for (QLabel *label : {m_questionTitle, m_questionMeta, m_notice}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont titleFont = m_questionTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_questionTitle->setFont(titleFont);
    m_questionMeta->setForegroundRole(QPalette::PlaceholderText);
    m_answers->setWordWrap(true);
    m_answerEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_answerEdit->setMaximumHeight(120);

    // Q&A: the list on the left, the question and its answers on the right.
    auto *qa = new QWidget(this);
    auto *left = new QWidget(qa);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_askButton);
    leftLayout->addWidget(m_questions, 1);
    auto *right = new QWidget(qa);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_questionTitle);
    rightLayout->addWidget(m_questionMeta);
    rightLayout->addWidget(m_body, 1);
    rightLayout->addWidget(m_answers, 2);
    auto *answerActions = new QHBoxLayout;
    answerActions->addWidget(m_up);
    answerActions->addWidget(m_down);
    answerActions->addStretch();
    answerActions->addWidget(m_accept);
    rightLayout->addLayout(answerActions);
    rightLayout->addWidget(m_answerEdit);
    rightLayout->addWidget(m_answer, 0, Qt::AlignRight);
    auto *splitter = new QSplitter(qa);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 700});
    auto *qaLayout = new QVBoxLayout(qa);
    qaLayout->addWidget(splitter);

    auto *events = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(events);
    eventsLayout->addWidget(m_events, 1);
    auto *eventActions = new QHBoxLayout;
    eventActions->addWidget(m_rsvp);
    eventActions->addWidget(m_join);
    eventActions->addStretch();
    eventsLayout->addLayout(eventActions);

    auto *feedback = new QWidget(this);
    auto *feedbackLayout = new QVBoxLayout(feedback);
    feedbackLayout->addWidget(m_feedbackKind, 0, Qt::AlignLeft);
    feedbackLayout->addWidget(m_feedback, 1);
    feedbackLayout->addWidget(m_sendFeedback, 0, Qt::AlignRight);

    m_tabs->addTab(qa, QString());
    m_tabs->addTab(events, QString());
    m_tabs->addTab(feedback, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_notice);

    connect(m_questions, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_questionData.size()) {
            return;
        }
        const Question &q = m_questionData.at(row);
        if (q.locked) {
            showLockedQuestion(q);
        } else {
            m_community.openQuestion(q.id);
        }
    });
    connect(m_askButton, &QPushButton::clicked, this, [this] {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Ask a question"));
        auto *title = new QLineEdit(&dialog);
        auto *body = new QPlainTextEdit(&dialog);
        body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto *expert = new QLineEdit(&dialog);
        expert->setPlaceholderText(tr("username (optional)"));
        auto *bounty = new QSpinBox(&dialog);
        bounty->setRange(0, 10000);
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("Title"), title);
        form->addRow(tr("Details (Markdown, code welcome)"), body);
        form->addRow(tr("Ask an expert"), expert);
        form->addRow(tr("Bounty (points)"), bounty);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        form->addRow(buttons);
        if (dialog.exec() == QDialog::Accepted && !title->text().trimmed().isEmpty()) {
            ask(title->text(), body->toPlainText(), expert->text(), bounty->value());
        }
    });
    connect(m_answer, &QPushButton::clicked, this, [this] {
        if (m_question.id > 0 && !m_answerEdit->toPlainText().trimmed().isEmpty()) {
            m_community.answer(m_question.id, m_answerEdit->toPlainText());
            m_answerEdit->clear();
        }
    });
    connect(m_up, &QPushButton::clicked, this, [this] {
        if (const qint64 a = selectedAnswer()) {
            m_community.vote(m_question.id, a, 1);
        }
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        if (const qint64 a = selectedAnswer()) {
            m_community.vote(m_question.id, a, -1);
        }
    });
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (const qint64 a = selectedAnswer()) {
            m_community.accept(a);
        }
    });
    connect(m_events, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool valid = row >= 0 && row < m_eventData.size();
        m_rsvp->setEnabled(valid && !m_eventData.at(row).locked);
        m_join->setEnabled(valid && m_eventData.at(row).going && !m_eventData.at(row).joinUrl.isEmpty());
        retranslate();
    });
    connect(m_rsvp, &QPushButton::clicked, this, [this] {
        const int row = m_events->currentRow();
        if (row >= 0 && row < m_eventData.size()) {
            m_community.rsvp(m_eventData.at(row).id, !m_eventData.at(row).going);
        }
    });
    connect(m_join, &QPushButton::clicked, this, [this] {
        const int row = m_events->currentRow();
        if (row >= 0 && row < m_eventData.size()) {
            Q_EMIT openUrlRequested(QUrl(m_eventData.at(row).joinUrl));
        }
    });
    connect(m_sendFeedback, &QPushButton::clicked, this, [this] {
        if (!m_feedback->toPlainText().trimmed().isEmpty()) {
            m_community.sendFeedback(m_feedbackKind->currentData().toString(), m_feedback->toPlainText());
        }
    });
    connect(&m_community, &app::CommunityService::questionsLoaded, this, [this](const QList<Question> &list) {
        const QSignalBlocker blocker(m_questions);
        const qint64 current = m_question.id;
        m_questions->clear();
        m_questionData = list;
        for (const Question &q : list) {
            QString line = (q.locked ? u"🔒 "_s : QString()) + q.title + u"\n"_s +
                           tr("%1 · %n answer(s)", nullptr, q.answerCount).arg(q.askerName);
            if (q.locked) {
                line += u" · "_s + tr("for %1 members").arg(tierDisplayName(q.requiredTier));
            }
            if (q.bounty > 0) {
                line += u" · "_s + tr("bounty %1").arg(q.bounty);
            }
            if (q.acceptedAnswerId > 0) {
                line += u" · ✓"_s;
            }
            auto *item = new QListWidgetItem(line, m_questions);
            item->setData(Qt::UserRole, q.id);
            if (q.id == current) {
                m_questions->setCurrentItem(item);
            }
        }
    });
    connect(&m_community, &app::CommunityService::questionOpened, this, &CommunityPanel::showQuestion);
    connect(&m_community, &app::CommunityService::eventsLoaded, this, &CommunityPanel::showEvents);
    connect(&m_community, &app::CommunityService::notice, this, [this](const QString &message, bool ok) {
        m_notice->setText(message);
        QPalette pal = palette();
        pal.setColor(QPalette::WindowText, ok ? QColor(0x2e7d32) : QColor(0xc62828));
        m_notice->setPalette(pal);
        if (ok && m_tabs->currentIndex() == 2) {
            m_feedback->clear();
        }
    });
    retranslate();
}

void CommunityPanel::ask(const QString &title, const QString &body, const QString &expert, int bounty)
{
    m_community.ask(title, body, expert, bounty);
}

qint64 CommunityPanel::selectedAnswer() const
{
    const QListWidgetItem *item = m_answers->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void CommunityPanel::showLockedQuestion(const Question &q)
{
    // Listed so the member knows it is there; its text and answers come with the tier.
    m_question = {};
    m_questionTitle->setText(u"🔒 "_s + q.title);
    m_questionMeta->setText(tr("Asked by %1").arg(q.askerName));
    m_body->setMarkdownSafely(tr("This question and its answers are for %1 members. Upgrade in the Membership panel to "
                                 "read them and to join in.")
                                  .arg(tierDisplayName(q.requiredTier)));
    m_answers->clear();
    setAnswering(false);
}

void CommunityPanel::setAnswering(bool open)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_answerEdit, m_answer, m_up, m_down}) {
        w->setEnabled(open);
    }
    m_accept->setEnabled(open && m_question.acceptedAnswerId == 0);
}

void CommunityPanel::showQuestion(const Question &q)
{
    m_question = q;
    m_questionTitle->setText(q.title);
    QString meta = tr("Asked by %1").arg(q.askerName);
    if (!q.expertName.isEmpty()) {
        meta += u" · "_s + tr("to %1").arg(q.expertName);
    }
    if (q.bounty > 0) {
        meta += u" · "_s + tr("bounty %1 points").arg(q.bounty);
    }
    m_questionMeta->setText(meta);
    m_body->setMarkdownSafely(q.body);
    const qint64 selected = selectedAnswer();
    m_answers->clear();
    for (const Answer &a : q.answers) {
        auto *item = new QListWidgetItem((a.accepted ? u"✓ "_s : QString()) +
                                             tr("%1 · score %2").arg(a.authorName).arg(a.score) + u"\n"_s + a.body,
                                         m_answers);
        item->setData(Qt::UserRole, a.id);
        if (a.accepted) {
            item->setForeground(QColor(0x2e7d32));
        }
        if (a.id == selected) {
            m_answers->setCurrentItem(item);
        }
    }
    setAnswering(true);
}

void CommunityPanel::showEvents(const QList<Event> &events)
{
    m_eventData = events;
    const int row = m_events->currentRow();
    const QSignalBlocker blocker(m_events);
    m_events->clear();
    for (const Event &e : events) {
        // Shown in the member's time, with the event's own zone for meet-ups in another city.
        const QString local = QLocale().toString(e.startsAt.toLocalTime(), QLocale::LongFormat);
        const QString there = e.startsAt.toTimeZone(QTimeZone(e.timezone.toLatin1())).toString(u"HH:mm"_s);
        QString line =
            e.title + u"\n"_s +
            tr("%1 (%2 in %3) · %4 of %5 seats taken").arg(local, there, e.timezone).arg(e.attending).arg(e.capacity);
        if (e.going) {
            line += u" · "_s + tr("you are going");
        }
        if (e.locked) {
            line = u"🔒 "_s + line + u" · "_s + tr("for %1 members").arg(tierDisplayName(e.requiredTier));
        }
        new QListWidgetItem(line, m_events);
    }
    m_events->setCurrentRow(qMin(qMax(0, row), static_cast<int>(events.size()) - 1));
    const int current = m_events->currentRow();
    m_rsvp->setEnabled(current >= 0 && !m_eventData.at(current).locked);
    m_join->setEnabled(current >= 0 && m_eventData.at(current).going && !m_eventData.at(current).joinUrl.isEmpty());
    retranslate();
}

void CommunityPanel::showEvent(QShowEvent *event)
{
    m_community.loadQuestions();
    m_community.loadEvents();
    QWidget::showEvent(event);
}

void CommunityPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Q&&A")); // && is a literal ampersand in a tab
    m_tabs->setTabText(1, tr("Events"));
    m_tabs->setTabText(2, tr("Feedback"));
    m_askButton->setText(tr("Ask a question…"));
    m_accept->setText(tr("Accept this answer"));
    m_up->setToolTip(tr("Vote up"));
    m_down->setToolTip(tr("Vote down"));
    m_answer->setText(tr("Answer"));
    m_answerEdit->setPlaceholderText(tr("Your answer (Markdown; code keeps its layout)"));
    const int row = m_events->currentRow();
    const bool going = row >= 0 && row < m_eventData.size() && m_eventData.at(row).going;
    m_rsvp->setText(going ? tr("Give my seat back") : tr("I'm going"));
    m_join->setText(tr("Join"));
    const int kind = m_feedbackKind->currentIndex();
    m_feedbackKind->clear();
    m_feedbackKind->addItem(tr("Bug report"), u"bug"_s);
    m_feedbackKind->addItem(tr("Idea"), u"idea"_s);
    m_feedbackKind->addItem(tr("Something else"), u"other"_s);
    m_feedbackKind->setCurrentIndex(qMax(0, kind));
    m_feedback->setPlaceholderText(tr("Tell the admins what happened or what you would like."));
    m_sendFeedback->setText(tr("Send feedback"));
}

void CommunityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
