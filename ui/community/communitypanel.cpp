#include "communitypanel.h"

#include "common/copycode.h"
#include "common/draftbinding.h"
#include "common/emptystate.h"
#include "common/formatting.h"
#include "common/notice.h"
#include "common/pictureinserter.h"
#include "common/reportdialog.h"
#include "common/safetextbrowser.h"
#include "common/taborder.h"
#include "eventdialog.h"
#include "services/communityservice.h"
#include "services/picturecache.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol::engagement;

CommunityPanel::CommunityPanel(app::CommunityService &community, QWidget *parent)
    : QWidget(parent)
    , m_community(community)
    , m_tabs(new QTabWidget(this))
    , m_askButton(new QPushButton(this))
    , m_questions(new QuestionListModel(this))
    , m_questionList(new QListView(this))
    , m_questionTitle(new QLabel(this))
    , m_questionMeta(new QLabel(this))
    , m_body(new SafeTextBrowser(this))
    , m_answers(new AnswerListModel(this))
    , m_answerList(new QListView(this))
    , m_up(new QPushButton(u"▲"_s, this))
    , m_down(new QPushButton(u"▼"_s, this))
    , m_accept(new QPushButton(this))
    , m_feature(new QPushButton(this))
    , m_answerEdit(new QPlainTextEdit(this))
    , m_answerDraft(new DraftBinding(m_answerEdit))
    , m_answer(new QPushButton(this))
    , m_events(new EventListModel(this))
    , m_eventList(new QListView(this))
    , m_rsvp(new QPushButton(this))
    , m_join(new QPushButton(this))
    , m_newEvent(new QPushButton(this))
    , m_eventRange(new QComboBox(this))
    , m_editEvent(new QPushButton(this))
    , m_feedbackKind(new QComboBox(this))
    , m_feedback(new QPlainTextEdit(this))
    , m_sendFeedback(new QPushButton(this))
    , m_ownFeedback(new OwnFeedbackModel(this))
    , m_ownFeedbackList(new QListView(this))
    , m_notice(new QLabel(this))
{
    m_questionList->setModel(m_questions);
    m_answerList->setModel(m_answers);
    m_answerDelegate = new AnswerDelegate(m_answerList);
    m_answerList->setItemDelegate(m_answerDelegate);
    for (QListView *list : {m_questionList, m_answerList}) {
        list->setIconSize(QSize(32, 32));
    }
    m_eventList->setModel(m_events);
    m_ownFeedbackList->setModel(m_ownFeedback);
    m_ownFeedbackList->setWordWrap(true);
    buildLayout();
    wire();
    retranslate();
    setCanPublish(false); // members first: the staff's buttons appear once the role is known
}

void CommunityPanel::buildLayout()
{
    for (QListView *list : {m_questionList, m_answerList, m_eventList}) {
        list->setWordWrap(true);
        list->setUniformItemSizes(false);
    }
    for (QLabel *label : {m_questionTitle, m_questionMeta, m_notice}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont titleFont = m_questionTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_questionTitle->setFont(titleFont);
    m_questionMeta->setForegroundRole(QPalette::PlaceholderText);
    m_answerEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Tab goes on to the next control (Ctrl+Tab would switch the panel's tab instead); code is pasted.
    for (QPlainTextEdit *box : {m_answerEdit, m_feedback}) {
        box->setTabChangesFocus(true);
    }
    m_answerEdit->setMaximumHeight(120);

    // Q&A: the list on the left, the question and its answers on the right.
    auto *qa = new QWidget(this);
    auto *left = new QWidget(qa);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_askButton);
    leftLayout->addWidget(m_questionList, 1);
    auto *right = new QWidget(qa);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_questionTitle);
    rightLayout->addWidget(m_questionMeta);
    rightLayout->addWidget(m_body, 1);
    rightLayout->addWidget(m_answerList, 2);
    auto *answerActions = new QHBoxLayout;
    answerActions->addWidget(m_up);
    answerActions->addWidget(m_down);
    answerActions->addStretch();
    answerActions->addWidget(m_accept);
    answerActions->addWidget(m_feature);
    rightLayout->addLayout(answerActions);
    rightLayout->addWidget(m_answerEdit);
    m_answerPicture = new QPushButton(this);
    m_answerPicture->hide(); // until pictures can be sent
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_answerPicture);
    answerRow->addStretch();
    answerRow->addWidget(m_answer);
    rightLayout->addLayout(answerRow);
    auto *splitter = new QSplitter(qa);
    splitter->setObjectName(u"questionSplitter"_s); // its sizes are kept across restarts (WindowState)
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 700});
    auto *qaLayout = new QVBoxLayout(qa);
    qaLayout->addWidget(splitter);

    auto *events = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(events);
    m_eventRange->addItem(QString());
    m_eventRange->addItem(QString());
    eventsLayout->addWidget(m_eventRange, 0, Qt::AlignLeft);
    eventsLayout->addWidget(m_eventList, 1);
    auto *eventActions = new QHBoxLayout;
    eventActions->addWidget(m_rsvp);
    eventActions->addWidget(m_join);
    eventActions->addStretch();
    eventActions->addWidget(m_newEvent);
    eventActions->addWidget(m_editEvent);
    chainTabOrder({m_eventRange, m_eventList, m_rsvp, m_join, m_newEvent, m_editEvent});
    eventsLayout->addLayout(eventActions);

    auto *feedback = new QWidget(this);
    auto *feedbackLayout = new QVBoxLayout(feedback);
    feedbackLayout->addWidget(m_feedbackKind, 0, Qt::AlignLeft);
    feedbackLayout->addWidget(m_feedback, 1);
    feedbackLayout->addWidget(m_sendFeedback, 0, Qt::AlignRight);
    feedbackLayout->addWidget(m_ownFeedbackList, 1);

    m_tabs->addTab(qa, QString());
    m_tabs->addTab(events, QString());
    m_tabs->addTab(feedback, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_notice);
}

void CommunityPanel::wire()
{
    const auto idOf = [](const QModelIndex &index) { return index.data(QuestionListModel::IdRole).toLongLong(); };
    offerReport(m_questionList, tr("Report question…"), idOf,
                [this](qint64 id) { Q_EMIT reportRequested(u"question"_s, id); });
    offerMenu(
        m_answerList, idOf,
        {{tr("Bookmark answer"),
          [this](qint64 id) { Q_EMIT answerBookmarkRequested(id, m_question.id, m_question.title); }},
         {tr("Report answer…"), [this](qint64 id) { Q_EMIT reportRequested(u"answer"_s, id); }}},
        [](QMenu &menu, const QModelIndex &row) { addCopyCode(menu, row.data(AnswerListModel::BodyRole).toString()); });
    connect(m_questionList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const Question *q = m_questions->at(current);
                if (!q) {
                    return;
                }
                if (q->locked) {
                    showLockedQuestion(*q);
                } else {
                    m_community.openQuestion(q->id);
                }
            });
    m_noQuestions = new EmptyState(
        m_questionList,
        [] {
            return EmptyState::Texts{tr("No questions yet"),
                                     tr("Ask what you are stuck on: members and experts answer, and the answer that "
                                        "helped is marked for everyone who comes later."),
                                     tr("Ask the first question")};
        },
        [this] { m_askButton->click(); });
    connect(m_askButton, &QPushButton::clicked, this, [this] {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Ask a question"));
        auto *title = new QLineEdit(&dialog);
        auto *body = new QPlainTextEdit(&dialog);
        body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        body->setTabChangesFocus(true);
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
            m_answerDraft->sent(); // in the write outbox now
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
    connect(m_feature, &QPushButton::clicked, this, [this] {
        if (const Answer *a = m_answers->at(m_answerList->currentIndex()); a && a->id > 0) {
            m_community.featureAnswer(m_question.id, a->id, !a->featured);
        }
    });
    connect(m_answerList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const Answer *a = m_answers->at(m_answerList->currentIndex());
        m_feature->setEnabled(a != nullptr && a->id > 0);
        m_feature->setText(a && a->featured ? tr("Take out of the digest") : tr("Put in the digest"));
    });
    connect(&m_community, &app::CommunityService::pendingAnswersChanged, this, [this](qint64 questionId) {
        if (questionId == m_question.id && m_question.id > 0) {
            showAnswers();
        }
    });
    connect(&m_community, &app::CommunityService::myFeedbackLoaded, this, [this](const QList<Feedback> &feedback) {
        m_ownFeedback->setRecords(feedback);
        if (const int row = m_ownFeedback->rowOfId(std::exchange(m_selectFeedback, 0)); row >= 0) {
            m_ownFeedbackList->setCurrentIndex(m_ownFeedback->index(row));
            m_ownFeedbackList->scrollTo(m_ownFeedback->index(row));
        }
    });
    connect(m_eventList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommunityPanel::updateEventActions);
    connect(m_rsvp, &QPushButton::clicked, this, [this] {
        if (const Event *e = currentEvent()) {
            m_community.rsvp(e->id, !e->going);
        }
    });
    // Authors and admins schedule events and change them; the server has the last word.
    const auto editEvent = [this](const Event *existing) {
        EventDialog dialog(this);
        if (existing) {
            dialog.setEvent(*existing);
        }
        if (dialog.exec() == QDialog::Accepted) {
            m_community.saveEvent(existing ? existing->id : 0, dialog.input());
        }
    };
    connect(m_newEvent, &QPushButton::clicked, this, [editEvent] { editEvent(nullptr); });
    m_noEvents = new EmptyState(
        m_eventList,
        [] {
            return EmptyState::Texts{tr("No events here"),
                                     tr("Live sessions, office hours and meetups appear here, in your own time zone; "
                                        "you reserve a seat with one click."),
                                     tr("Create the first event")};
        },
        [this] { m_newEvent->click(); });
    m_noEvents->setActionAvailable(m_canPublish);
    connect(m_editEvent, &QPushButton::clicked, this, [this, editEvent] {
        if (const Event *e = currentEvent()) {
            editEvent(e);
        }
    });
    connect(m_join, &QPushButton::clicked, this, [this] {
        if (const Event *e = currentEvent()) {
            Q_EMIT openUrlRequested(QUrl(e->joinUrl));
        }
    });
    connect(m_sendFeedback, &QPushButton::clicked, this, [this] {
        if (!m_feedback->toPlainText().trimmed().isEmpty()) {
            m_community.sendFeedback(m_feedbackKind->currentData().toString(), m_feedback->toPlainText());
        }
    });
    connect(&m_community, &app::CommunityService::questionsLoaded, this, [this](const QList<Question> &list) {
        // The same question stays selected across a reload, without opening it again.
        const QSignalBlocker blocker(m_questionList->selectionModel());
        m_questions->setRecords(list);
        if (const int row = m_questions->rowOfId(m_question.id); row >= 0) {
            m_questionList->setCurrentIndex(m_questions->index(row));
        }
    });
    connect(&m_community, &app::CommunityService::questionOpened, this, &CommunityPanel::showQuestion);
    connect(&m_community, &app::CommunityService::eventsLoaded, this, [this](const QList<Event> &events) {
        if (m_eventRange->currentIndex() == 0) {
            showEvents(events);
        }
    });
    connect(&m_community, &app::CommunityService::pastEventsLoaded, this, [this](const QList<Event> &events) {
        if (m_eventRange->currentIndex() == 1) {
            showEvents(events);
        }
    });
    connect(m_eventRange, &QComboBox::currentIndexChanged, this, [this](int range) {
        showEvents({});
        range == 1 ? m_community.loadPastEvents() : m_community.loadEvents();
    });
    connect(&m_community, &app::CommunityService::notice, this, [this](const QString &message, bool ok) {
        showNotice(m_notice, message, ok);
        if (ok && m_tabs->currentIndex() == 2) {
            m_feedback->clear();
        }
    });
}

void CommunityPanel::openQuestion(qint64 id)
{
    m_tabs->setCurrentIndex(0);
    if (const int row = m_questions->rowOfId(id); row >= 0) {
        m_questionList->setCurrentIndex(m_questions->index(row)); // opens it, as a click does
        return;
    }
    m_questionList->clearSelection();
    m_community.openQuestion(id);
}

void CommunityPanel::openEvent(qint64 id)
{
    m_tabs->setCurrentIndex(1);
    if (const int row = m_events->rowOfId(id); row >= 0) {
        m_eventList->setCurrentIndex(m_events->index(row));
        return;
    }
    m_selectEvent = id;
    if (m_eventRange->currentIndex() != 0) {
        m_eventRange->setCurrentIndex(0); // loads the upcoming ones
    } else {
        m_community.loadEvents();
    }
}

void CommunityPanel::openFeedback(qint64 id)
{
    m_tabs->setCurrentIndex(2);
    m_selectFeedback = id;
    m_community.loadMyFeedback();
}

void CommunityPanel::ask(const QString &title, const QString &body, const QString &expert, int bounty)
{
    m_community.ask(title, body, expert, bounty);
}

qint64 CommunityPanel::selectedAnswer() const
{
    const Answer *answer = m_answers->at(m_answerList->currentIndex());
    return answer && answer->id > 0 ? answer->id : 0; // one still on its way cannot be voted on
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
    m_answers->setRecords({});
    setAnswering(false);
}

void CommunityPanel::setAnswering(bool open)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_answerEdit, m_answer, m_answerPicture, m_up, m_down}) {
        w->setEnabled(open);
    }
    m_accept->setEnabled(open && m_question.acceptedAnswerId == 0);
}

void CommunityPanel::setDrafts(app::DraftService &drafts)
{
    m_answerDraft->setDrafts(drafts);
}

void CommunityPanel::showQuestion(const Question &q)
{
    m_question = q;
    m_answerDraft->setKey(u"answer:"_s + QString::number(q.id));
    m_questionTitle->setText(q.title);
    QString meta = tr("Asked by %1").arg(q.askerName);
    if (!q.expertName.isEmpty()) {
        meta += u" · "_s + tr("to %1").arg(q.expertName);
    }
    if (q.bounty > 0) {
        meta += u" · "_s + tr("bounty %L1 points").arg(q.bounty);
    }
    m_questionMeta->setText(meta);
    m_body->setMarkdownSafely(q.body);
    showAnswers();
    setAnswering(true);
}

void CommunityPanel::showAnswers()
{
    // The server's answers, then the member's own on their way (ids below zero: not votable yet).
    QList<Answer> answers = m_question.answers;
    for (const models::PendingWrite &w : m_community.pendingAnswers(m_question.id)) {
        Answer pending;
        pending.id = -w.id;
        pending.authorName = w.error.isEmpty()
                                 ? tr("You · waiting to be sent")
                                 : tr("You · not sent: %1 (the status bar's list can send it again)").arg(w.error);
        pending.body = w.text();
        pending.createdAt = w.queuedAt;
        answers.append(pending);
    }
    const qint64 selected = selectedAnswer();
    m_answers->setRecords(answers);
    if (const int row = m_answers->rowOfId(selected); row >= 0) {
        m_answerList->setCurrentIndex(m_answers->index(row));
    }
}

void CommunityPanel::showEvents(const QList<Event> &events)
{
    int row = m_eventList->currentIndex().row();
    if (m_selectEvent != 0 && !events.isEmpty()) {
        // An event opened from search: here, or among those held already.
        const auto found =
            std::find_if(events.cbegin(), events.cend(), [this](const Event &e) { return e.id == m_selectEvent; });
        if (found != events.cend()) {
            row = static_cast<int>(found - events.cbegin());
            m_selectEvent = 0;
        } else if (m_eventRange->currentIndex() == 0) {
            m_eventRange->setCurrentIndex(1);
            return;
        } else {
            m_selectEvent = 0;
        }
    }
    {
        const QSignalBlocker blocker(m_eventList->selectionModel());
        m_events->setRecords(events);
        if (!events.isEmpty()) {
            m_eventList->setCurrentIndex(m_events->index(std::clamp(row, 0, static_cast<int>(events.size()) - 1)));
        }
    }
    updateEventActions();
}

const Event *CommunityPanel::currentEvent() const
{
    return m_events->at(m_eventList->currentIndex());
}

void CommunityPanel::updateEventActions()
{
    const Event *e = currentEvent();
    const bool held = m_eventRange->currentIndex() == 1; // nothing to go to or join any more
    m_rsvp->setEnabled(e && !e->locked && !held);
    m_editEvent->setEnabled(e != nullptr);
    m_join->setEnabled(e && e->going && !e->joinUrl.isEmpty() && !held);
    retranslate();
}

void CommunityPanel::showEvent(QShowEvent *event)
{
    m_community.loadQuestions();
    m_eventRange->currentIndex() == 1 ? m_community.loadPastEvents() : m_community.loadEvents();
    m_community.loadMyFeedback();
    QWidget::showEvent(event);
}

void CommunityPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Q&&A")); // && is a literal ampersand in a tab
    m_tabs->setTabText(1, tr("Events"));
    m_tabs->setTabText(2, tr("Feedback"));
    m_askButton->setText(tr("Ask a question…"));
    m_accept->setText(tr("Accept this answer"));
    if (!m_answers->at(m_answerList->currentIndex())) {
        m_feature->setText(tr("Put in the digest"));
    }
    m_up->setToolTip(tr("Vote up"));
    m_down->setToolTip(tr("Vote down"));
    m_answer->setText(tr("Answer"));
    m_answerPicture->setText(tr("Insert picture…"));
    m_answerEdit->setPlaceholderText(tr("Your answer (Markdown; code keeps its layout)"));
    m_answerEdit->setAccessibleName(tr("Your answer"));
    m_tabs->setAccessibleName(tr("Q&A, events and feedback"));
    m_questionList->setAccessibleName(tr("Questions"));
    m_body->setAccessibleName(tr("The question"));
    m_answerList->setAccessibleName(tr("Answers"));
    m_eventList->setAccessibleName(tr("Events"));
    m_ownFeedbackList->setAccessibleName(tr("Your feedback and its answers"));
    const Event *event = currentEvent();
    m_rsvp->setText(event && event->going ? tr("Give my seat back") : tr("I'm going"));
    m_newEvent->setText(tr("Schedule event…"));
    m_eventRange->setItemText(0, tr("Upcoming events"));
    m_eventRange->setItemText(1, tr("Past events"));
    m_editEvent->setText(tr("Change event…"));
    m_join->setText(tr("Join"));
    const int kind = m_feedbackKind->currentIndex();
    m_feedbackKind->clear();
    m_feedbackKind->addItem(tr("Bug report"), u"bug"_s);
    m_feedbackKind->addItem(tr("Idea"), u"idea"_s);
    m_feedbackKind->addItem(tr("Something else"), u"other"_s);
    m_feedbackKind->setCurrentIndex(qMax(0, kind));
    m_feedback->setPlaceholderText(tr("Tell the admins what happened or what you would like."));
    m_feedback->setAccessibleName(tr("Feedback to the admins"));
    m_sendFeedback->setText(tr("Send feedback"));
}

void CommunityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_questions->refresh();
        m_answers->refresh();
        m_events->refresh();
    }
    QWidget::changeEvent(event);
}

void CommunityPanel::setImages(app::ImageUploader &uploader, app::PictureCache &images)
{
    m_body->setImages(&images);
    m_answerDelegate->setImages(images);
    if (!m_answerPictures) {
        m_answerPictures = new PictureInserter(m_answerPicture, m_answerEdit, uploader,
                                               [this](const QString &why) { showNotice(m_notice, why, false); });
    }
}

void CommunityPanel::setAvatars(app::PictureCache &avatars)
{
    m_questions->setAvatars(picturesFor(avatars, m_questionList));
    m_answers->setAvatars(picturesFor(avatars, m_answerList));
    m_answerDelegate->setAvatars(picturesFor(avatars, m_answerList));
    // A decoration is data, not paint: the rows read anew when a picture arrives.
    connect(&avatars, &app::PictureCache::changed, this, [this] {
        m_questions->refresh();
        m_answers->refresh();
    });
}

void CommunityPanel::setCanPublish(bool canPublish)
{
    m_canPublish = canPublish;
    m_newEvent->setVisible(canPublish);
    m_editEvent->setVisible(canPublish);
    m_noEvents->setActionAvailable(canPublish);
    m_feature->setVisible(canPublish);
}

} // namespace guild::ui
