#include "lessonview.h"

#include "common/safetextbrowser.h"
#include "common/taborder.h"
#include "homeworkbox.h"
#include "models/syllabusmodel.h"
#include "quizview.h"
#include "services/courseservice.h"
#include "services/downloadservice.h"
#include "videoplayer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol::course;
using models::SyllabusModel;

LessonView::LessonView(app::CourseService &courses, app::DownloadService &downloads, SyllabusModel &syllabus,
                       QWidget *parent)
    : QWidget(parent)
    , m_courses(courses)
    , m_downloads(downloads)
    , m_syllabus(syllabus)
    , m_title(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_body(new SafeTextBrowser(this))
    , m_player(new VideoPlayer(this))
    , m_quiz(new QuizView(this))
    , m_homework(new HomeworkBox(this))
    , m_done(new QPushButton(this))
    , m_next(new QPushButton(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_body->setMinimumHeight(160);
    m_body->setReadingMeasure(72);

    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_done);
    m_buttons->addStretch();
    m_buttons->addWidget(m_next);
    // Long lessons and quizzes scroll; the buttons stay in view.
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_notice);
    contentLayout->addWidget(m_player);
    contentLayout->addWidget(m_body, 1);
    contentLayout->addWidget(m_quiz);
    contentLayout->addWidget(m_homework);
    m_player->setMinimumHeight(320);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(m_buttons);
    for (QWidget *w : std::initializer_list<QWidget *>{m_player, m_quiz, m_homework, m_done, m_next, m_body}) {
        w->hide();
    }
    // Tab goes through what the lesson holds (the area scrolls to each); the area itself is no stop.
    scroll->setFocusPolicy(Qt::NoFocus);

    connect(m_done, &QPushButton::clicked, this, [this] { record(true, std::nullopt); });
    connect(m_next, &QPushButton::clicked, this,
            [this] { Q_EMIT openLessonRequested(m_syllabus.nextLesson(m_lesson.id)); });
    connect(m_player, &VideoPlayer::positionSaved, this, [this](double seconds) { record(false, seconds); });
    connect(m_player, &VideoPlayer::finished, this, [this] { record(true, std::nullopt); });
    connect(&m_courses, &app::CourseService::videoUrlReady, this, [this](qint64 lessonId, const QUrl &url) {
        if (lessonId == m_lesson.id) {
            const int row = m_syllabus.rowOfLesson(lessonId);
            m_player->load(url, row >= 0 ? m_syllabus.index(row).data(SyllabusModel::PositionRole).toDouble() : 0);
        }
    });
    connect(m_quiz, &QuizView::submitted, &m_courses, &app::CourseService::answerQuiz);
    connect(&m_courses, &app::CourseService::quizGraded, this, [this](qint64 lessonId, const QuizResult &result) {
        if (lessonId == m_lesson.id) {
            m_quiz->showResult(result);
        }
    });
    connect(m_homework, &HomeworkBox::submitted, &m_courses, &app::CourseService::submitHomework);
    connect(&m_courses, &app::CourseService::homeworkSubmitted, m_homework, &HomeworkBox::submittedOk);
    connect(&m_courses, &app::CourseService::handedInOffline, this, [this](qint64 lessonId, const QString &message) {
        if (lessonId != m_lesson.id) {
            return;
        }
        if (m_lesson.kind == LessonKind::Quiz) {
            m_quiz->showPending(message);
        } else {
            m_homework->keptForLater(message);
        }
    });
    connect(&m_courses, &app::CourseService::homeworkLoaded, this,
            [this](qint64 lessonId, const QList<Homework> &list) {
                if (lessonId == m_lesson.id) {
                    m_homework->setHistory(list);
                }
            });
    connect(&m_syllabus, &QAbstractItemModel::dataChanged, this, [this] {
        const int row = m_syllabus.rowOfLesson(m_lesson.id);
        m_done->setEnabled(row >= 0 && !m_syllabus.index(row).data(SyllabusModel::DoneRole).toBool());
        retranslate();
    });
    retranslate();
}

void LessonView::addActionWidget(QWidget *widget)
{
    insertIntoRow(m_buttons, m_buttons->count() - 2, widget); // before the stretch and Next
}

void LessonView::showLesson(const Lesson &lesson)
{
    const bool same = lesson.id == m_lesson.id;
    if (!same) {
        leave();
    }
    m_lesson = lesson;
    m_title->setText(lesson.title);
    m_notice->clear();
    m_body->setMarkdownSafely(lesson.body);
    m_body->setVisible(!lesson.body.isEmpty());
    // A text lesson is all body; beside a video or a quiz the body is an introduction, sized to fit.
    m_body->setMaximumHeight(
        lesson.kind == LessonKind::Text ? QWIDGETSIZE_MAX : static_cast<int>(m_body->document()->size().height()) + 12);
    m_player->setVisible(lesson.kind == LessonKind::Video);
    m_quiz->setVisible(lesson.kind == LessonKind::Quiz);
    m_homework->setVisible(!lesson.homeworkPrompt.isEmpty());
    m_done->setVisible(lesson.kind == LessonKind::Text);
    m_next->setVisible(m_syllabus.nextLesson(lesson.id) != 0);
    const int row = m_syllabus.rowOfLesson(lesson.id);
    m_done->setEnabled(row < 0 || !m_syllabus.index(row).data(SyllabusModel::DoneRole).toBool());
    Q_EMIT lessonShown(lesson);
    if (same) {
        return; // a fresher copy of the lesson on screen: keep the video and the answers as they are
    }
    record(false, std::nullopt);
    if (lesson.kind == LessonKind::Video) {
        const QString local = m_downloads.localVideo(lesson.id);
        if (!local.isEmpty()) {
            m_player->load(QUrl::fromLocalFile(local),
                           row >= 0 ? m_syllabus.index(row).data(SyllabusModel::PositionRole).toDouble() : 0);
        } else {
            m_courses.requestVideoUrl(lesson.id);
        }
    }
    if (lesson.kind == LessonKind::Quiz) {
        m_quiz->setQuestions(lesson.id, lesson.questions);
    }
    if (!lesson.homeworkPrompt.isEmpty()) {
        m_homework->setLesson(lesson.id, lesson.homeworkPrompt);
        m_courses.loadHomework(lesson.id);
    }
}

void LessonView::showUnavailable(const QString &message)
{
    leave();
    m_lesson = {};
    m_title->setText(tr("This lesson cannot be opened"));
    m_notice->setText(message);
    for (QWidget *w : std::initializer_list<QWidget *>{m_player, m_quiz, m_homework, m_done, m_next, m_body}) {
        w->hide();
    }
}

void LessonView::leave()
{
    if (m_lesson.kind == LessonKind::Video && m_lesson.id != 0) {
        m_player->stop();
    }
}

void LessonView::record(bool done, std::optional<double> position)
{
    if (m_lesson.id == 0) {
        return;
    }
    const int row = m_syllabus.rowOfLesson(m_lesson.id);
    LessonProgress p;
    p.lessonId = m_lesson.id;
    p.done = done;
    p.positionSeconds =
        position.value_or(row >= 0 ? m_syllabus.index(row).data(SyllabusModel::PositionRole).toDouble() : 0);
    p.lastOpenedAt = QDateTime::currentDateTimeUtc();
    m_courses.recordProgress(m_lesson.courseId, p);
}

void LessonView::retranslate()
{
    m_done->setText(m_done->isEnabled() ? tr("Mark as done") : tr("Done ✓"));
    m_next->setText(tr("Next lesson →"));
    m_body->setAccessibleName(tr("Lesson text"));
    if (auto *scroll = findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly)) {
        scroll->setAccessibleName(tr("Lesson"));
    }
}

void LessonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
