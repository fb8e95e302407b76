#pragma once

#include "protocol/course.h"

#include <QMainWindow>
#include <QSet>
#include <QTimer>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QSystemTrayIcon;

namespace guild::app {
class ImageUploader;
class AccountService;
class PictureCache;
class SavedService;
class SearchService;
class WriteOutbox;
class DraftService;
class AdminService;
class ChatService;
class DashboardService;
class ReportService;
class CourseAuthoringService;
class VideoUploader;
class PublishingService;
class DiscussionService;
class CommunityService;
class Connectivity;
class CourseService;
class DownloadService;
class FeedService;
class Session;
class SyncService;
} // namespace guild::app
namespace guild::models {
class ArticleFeedModel;
class ChannelListModel;
class ChatMessageModel;
class CourseListModel;
class SyllabusModel;
} // namespace guild::models

namespace guild::ui {

class AdminPanel;
class ChatPanel;
class CommunitySwitcher;
class CommunityPanel;
class CourseEditor;
class CoursesPanel;
class DashboardPanel;
class FeedPanel;
class KeyboardNavigation;
class NotificationCentre;
class IndexingStatus;
class OutboxStatus;
class SyncStatus;
class SearchPopup;
class MembershipPanel;
class ReaderTools;
class SavedPanel;

/// The main window: a sidebar of panels (Feed, Courses, Chat, Membership, Community, Admin, Dashboard, Saved), the
/// panel, and a status bar with the account, the online/offline state, and sync and search-index progress with cancel
/// buttons.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Panel
    {
        FeedPage,
        CoursesPage,
        ChatPage,
        MembershipPage,
        CommunityPage,
        AdminPage,
        DashboardPage,
        SavedPage
    };

    /// What the window shows and drives; all owned by the caller and outliving the window.
    struct Services
    {
        app::Session &session;
        app::FeedService &feed;
        app::PublishingService &publishing;
        app::DiscussionService &discussion;
        app::SyncService &sync;
        app::Connectivity &connectivity;
        models::ArticleFeedModel &articles;
        app::ChatService &chat;
        models::ChannelListModel &channels;
        models::ChatMessageModel &messages;
        app::CourseService &courses;
        app::DownloadService &downloads;
        models::CourseListModel &courseList;
        models::SyllabusModel &syllabus;
        app::AccountService &account;
        app::CommunityService &community;
        app::AdminService &admin;
        app::DashboardService &dashboard;
        app::ReportService &reports;
        app::CourseAuthoringService &authoring;
        app::VideoUploader &uploads;
        app::PictureCache &avatars; ///< members' faces
        app::PictureCache &covers;  ///< courses' cover pictures
        app::SearchService &search;
        app::WriteOutbox &writes;  ///< what waits for the server
        app::DraftService &drafts; ///< what the member is writing
        app::SavedService &saved;  ///< bookmarks and highlights
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);

    FeedPanel *feedPanel() const { return m_feedPanel; }
    ChatPanel *chatPanel() const { return m_chatPanel; }
    CoursesPanel *coursesPanel() const { return m_coursesPanel; }
    MembershipPanel *membershipPanel() const { return m_membershipPanel; }
    CommunityPanel *communityPanel() const { return m_communityPanel; }
    AdminPanel *adminPanel() const { return m_adminPanel; }
    DashboardPanel *dashboardPanel() const { return m_dashboardPanel; }
    SavedPanel *savedPanel() const { return m_savedPanel; }
    ReaderTools *lessonTools() const { return m_lessonTools; }
    /// The communities down the left edge (filled by whoever knows the accounts).
    CommunitySwitcher *communitySwitcher() const { return m_communities; }
    NotificationCentre *notificationCentre() const { return m_bell; }
    IndexingStatus *indexingStatus() const { return m_indexing; }
    OutboxStatus *outboxStatus() const { return m_outbox; }
    SyncStatus *syncStatus() const { return m_syncStatus; }
    SearchPopup *searchPopup() const { return m_searchPopup; }
    /// The search box for everything cached (Ctrl+K).
    void openSearch();
    Panel currentPanel() const;
    /// The panel's name, as the sidebar and the Go menu show it.
    static QString panelName(Panel panel);
    /// The open panel's widget.
    QWidget *currentPage() const;
    /// Whether the Admin entry shows in the sidebar (authors and admins).
    bool adminVisible() const;
    void showPanel(Panel panel);
    /// Whether the panel is offered to this member (Admin only to authors and admins).
    bool panelAvailable(Panel panel) const;
    KeyboardNavigation *keyboard() const { return m_keyboard; }
    /// The article open in the reader (0 when none), and opening one again at the next start once the
    /// feed has been read from the cache.
    qint64 openArticleId() const { return m_openArticle; }
    void reopenArticle(qint64 id);
    /// Pictures kept on the community server, in articles, lessons and questions, and sent from the
    /// article composer.
    void setContentImages(app::ImageUploader &uploader, app::PictureCache &images);
    QString connectionText() const;
    /// The notice in the status bar (what notify() said last, until it fades).
    QString noticeText() const;
    /// A short notice in the status bar (keychain warnings, sync errors).
    void notify(const QString &message);

Q_SIGNALS:
    void settingsRequested();
    void signOutRequested();
    void signInRequested();
    /// The member went to another panel (what they read and watch is measured by it).
    void panelChanged(guild::ui::MainWindow::Panel panel);
    /// The search box found an article in another community this computer knows.
    void elsewhereArticleChosen(const QString &community, qint64 articleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateConnection();
    void buildMenus();
    /// Opens what a notification is about (from the bell).
    void openNotification(const protocol::course::Notification &n);
    /// Promoting chat threads to articles, and the articles' links back to their threads.
    void connectChatAndArticles(const Services &services);

    app::Session &m_session;
    app::SyncService &m_sync;
    app::Connectivity &m_connectivity;
    app::FeedService &m_feed;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    FeedPanel *m_feedPanel;
    ChatPanel *m_chatPanel;
    CoursesPanel *m_coursesPanel;
    MembershipPanel *m_membershipPanel;
    CommunityPanel *m_communityPanel;
    CourseEditor *m_courseEditor;
    AdminPanel *m_adminPanel;
    DashboardPanel *m_dashboardPanel;
    SavedPanel *m_savedPanel;
    CommunitySwitcher *m_communities;
    ReaderTools *m_lessonTools = nullptr;
    QLabel *m_account;
    QLabel *m_notice;
    NotificationCentre *m_bell;
    SearchPopup *m_searchPopup;
    /// Notifications already said in the status bar or on the desktop.
    QSet<qint64> m_announced;
    QTimer m_noticeTimer;
    QLabel *m_connection;
    SyncStatus *m_syncStatus;
    IndexingStatus *m_indexing = nullptr;
    OutboxStatus *m_outbox = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    KeyboardNavigation *m_keyboard = nullptr;
    qint64 m_openArticle = 0;
    qint64 m_reopenArticle = 0;
    QSystemTrayIcon *m_tray = nullptr; // only where the desktop has a tray
};

} // namespace guild::ui
