#include "usagemeter.h"

#include "services/chatservice.h"
#include "services/communityservice.h"
#include "services/courseservice.h"
#include "services/discussionservice.h"
#include "services/feedservice.h"
#include "services/publishingservice.h"
#include "services/usagetracker.h"
#include "ui/feed/articleview.h"
#include "ui/feed/feedpanel.h"
#include "ui/mainwindow.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace guild::app {

using protocol::analytics::EventKind;
using ui::MainWindow;

UsageMeter::UsageMeter(UsageTracker &tracker, const Sources &s, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_window(s.window)
{
    qApp->installEventFilter(this);
    m_tracker.setForeground(QGuiApplication::applicationState() == Qt::ApplicationActive);
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) { m_tracker.setForeground(state == Qt::ApplicationActive); });
    connect(&s.feed, &FeedService::articleOpened, this, [this](const protocol::Article &a) {
        m_article = a.locked ? 0 : a.id;
        followPanel();
    });
    connect(&s.courses, &CourseService::lessonOpened, this, [this](const protocol::course::Lesson &l) {
        m_lesson = l.id;
        followPanel();
    });
    connect(&m_window, &MainWindow::panelChanged, this, &UsageMeter::followPanel);
    connect(m_window.feedPanel()->reader(), &ui::ArticleView::readToEnd, this,
            [this](qint64 id) { m_tracker.record(EventKind::Complete, u"article"_s, id); });
    connect(&s.courses, &CourseService::lessonCompleted, this,
            [this](qint64 id) { m_tracker.record(EventKind::Complete, u"lesson"_s, id); });
    connect(&s.chat, &ChatService::messageWritten, this, [this] { m_tracker.record(EventKind::Message); });
    connect(&s.community, &CommunityService::answered, this, [this] { m_tracker.record(EventKind::Answer); });
    connect(&s.publishing, &PublishingService::published, this, [this] { m_tracker.record(EventKind::Post); });
    connect(&s.discussion, &DiscussionService::liked, this, [this] { m_tracker.record(EventKind::Like); });
    connect(&s.discussion, &DiscussionService::commentPosted, this, [this] { m_tracker.record(EventKind::Comment); });
}

void UsageMeter::followPanel()
{
    // Only what is on the screen is being read.
    switch (m_window.currentPanel()) {
    case MainWindow::FeedPage:
        m_article > 0 ? m_tracker.startReading(u"article"_s, m_article) : m_tracker.stopReading();
        break;
    case MainWindow::CoursesPage:
        m_lesson > 0 ? m_tracker.startReading(u"lesson"_s, m_lesson) : m_tracker.stopReading();
        break;
    default:
        m_tracker.stopReading();
    }
}

bool UsageMeter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        m_tracker.noteInput();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace guild::app
