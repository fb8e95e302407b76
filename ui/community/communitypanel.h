#pragma once

#include "communitymodels.h"
#include "protocol/engagement.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace guild::app {
class ImageUploader;
class PictureCache;
class CommunityService;
class DraftService;
} // namespace guild::app

namespace guild::ui {

class EmptyState;
class PictureInserter;

class DraftBinding;
class SafeTextBrowser;

/// The community: Q&A (questions with bounties and an expert to ask, answers with votes and the
/// asker's accept), events with RSVP and their join link, and feedback to the admins.
class CommunityPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CommunityPanel(app::CommunityService &community, QWidget *parent = nullptr);

    QListView *questionList() const { return m_questionList; }
    QListView *answerList() const { return m_answerList; }
    QListView *eventList() const { return m_eventList; }
    QPlainTextEdit *answerEditor() const { return m_answerEdit; }
    QPushButton *answerButton() const { return m_answer; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *featureButton() const { return m_feature; }
    QListView *ownFeedbackList() const { return m_ownFeedbackList; }
    QPushButton *rsvpButton() const { return m_rsvp; }
    QPushButton *newEventButton() const { return m_newEvent; }
    EmptyState *noQuestions() const { return m_noQuestions; }
    EmptyState *noEvents() const { return m_noEvents; }
    /// Upcoming events (0) or those already held (1).
    QComboBox *eventRangeBox() const { return m_eventRange; }
    /// Askers' and answerers' pictures beside their questions and answers.
    void setAvatars(app::PictureCache &avatars);
    /// Questions and answers show the community's pictures; the answer box offers "Insert picture…".
    void setImages(app::ImageUploader &uploader, app::PictureCache &images);
    QPushButton *answerPictureButton() const { return m_answerPicture; }
    /// The answer being typed is kept as a draft per question.
    void setDrafts(app::DraftService &drafts);
    /// Authors and admins schedule and change events.
    void setCanPublish(bool canPublish);
    QLabel *noticeLabel() const { return m_notice; }
    SafeTextBrowser *questionBody() const { return m_body; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Shows question `id` on the Q&A tab (from a notification), selected in the list when listed.
    void openQuestion(qint64 id);
    /// Shows event `id` on the Events tab, selected among the upcoming or, failing that, the past ones.
    void openEvent(qint64 id);
    /// Shows the member's feedback `id`, with the admins' answer, on the Feedback tab.
    void openFeedback(qint64 id);
    /// Asks as the Ask dialog would (for tests and the dialog alike).
    void ask(const QString &title, const QString &body, const QString &expert, int bounty);

Q_SIGNALS:
    void openUrlRequested(const QUrl &url);
    /// The member wants the moderators to look at a "question" or an "answer".
    void reportRequested(const QString &kind, qint64 id);
    /// Keep an answer in Saved, with its question (where it opens) and the question's title.
    void answerBookmarkRequested(qint64 answerId, qint64 questionId, const QString &questionTitle);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void wire();
    void retranslate();
    /// The event selected in the list, or nullptr.
    const protocol::engagement::Event *currentEvent() const;
    void updateEventActions();
    void showQuestion(const protocol::engagement::Question &question);
    void showLockedQuestion(const protocol::engagement::Question &question);
    /// The answer box, votes and accepting: only for a question the member can read.
    void setAnswering(bool open);
    void showEvents(const QList<protocol::engagement::Event> &events);
    qint64 selectedAnswer() const;
    void showAnswers();

    app::CommunityService &m_community;
    QTabWidget *m_tabs;
    QPushButton *m_askButton;
    EmptyState *m_noQuestions = nullptr;
    QuestionListModel *m_questions;
    qint64 m_selectFeedback = 0; ///< to select once the member's feedback arrives
    qint64 m_selectEvent = 0;    ///< to select once the events that hold it arrive
    QListView *m_questionList;
    QLabel *m_questionTitle;
    QLabel *m_questionMeta;
    SafeTextBrowser *m_body;
    AnswerListModel *m_answers;
    AnswerDelegate *m_answerDelegate;
    QListView *m_answerList;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_accept;
    QPushButton *m_feature;
    QPlainTextEdit *m_answerEdit;
    DraftBinding *m_answerDraft;
    QPushButton *m_answer;
    QPushButton *m_answerPicture = nullptr;
    PictureInserter *m_answerPictures = nullptr;
    EventListModel *m_events;
    QListView *m_eventList;
    QPushButton *m_rsvp;
    QPushButton *m_join;
    QPushButton *m_newEvent;
    EmptyState *m_noEvents = nullptr;
    QComboBox *m_eventRange;
    QPushButton *m_editEvent;
    QComboBox *m_feedbackKind;
    QPlainTextEdit *m_feedback;
    QPushButton *m_sendFeedback;
    OwnFeedbackModel *m_ownFeedback;
    QListView *m_ownFeedbackList;
    bool m_canPublish = false;
    QLabel *m_notice;
    protocol::engagement::Question m_question;
};

} // namespace guild::ui
