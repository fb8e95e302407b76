#pragma once

#include <QObject>

namespace guild::ui {
class MainWindow;
}

namespace guild::app {

class ChatService;
class CommunityService;
class CourseService;
class DiscussionService;
class FeedService;
class PublishingService;
class UsageTracker;

/// Tells the usage tracker what the member is doing in the window: whether it is in front, input
/// (for idle detection), which article or lesson is open on the visible panel, and the actions taken.
class UsageMeter final : public QObject
{
    Q_OBJECT
public:
    struct Sources
    {
        ui::MainWindow &window;
        FeedService &feed;
        CourseService &courses;
        ChatService &chat;
        CommunityService &community;
        PublishingService &publishing;
        DiscussionService &discussion;
    };

    UsageMeter(UsageTracker &tracker, const Sources &sources, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followPanel();

    UsageTracker &m_tracker;
    ui::MainWindow &m_window;
    qint64 m_article = 0;
    qint64 m_lesson = 0;
};

} // namespace guild::app
