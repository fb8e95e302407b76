#pragma once

#include "accountdirectory.h"
#include "models/articlefeedmodel.h"
#include "models/channellistmodel.h"
#include "models/chatmessagemodel.h"
#include "models/courselistmodel.h"
#include "models/syllabusmodel.h"
#include "net/apiclient.h"
#include "net/chatconnection.h"
#include "secrets/secretstore.h"
#include "services/accountservice.h"
#include "services/adminservice.h"
#include "services/chatservice.h"
#include "services/communityservice.h"
#include "services/connectivity.h"
#include "services/courseauthoringservice.h"
#include "services/courseservice.h"
#include "services/dashboardservice.h"
#include "services/discussionservice.h"
#include "services/downloadservice.h"
#include "services/draftservice.h"
#include "services/feedservice.h"
#include "services/imageuploader.h"
#include "services/leaseguard.h"
#include "services/picturecache.h"
#include "services/profileservice.h"
#include "services/publishingservice.h"
#include "services/reportservice.h"
#include "services/savedservice.h"
#include "services/searchservice.h"
#include "services/syncservice.h"
#include "services/unreadcounter.h"
#include "services/usagetracker.h"
#include "services/usageuploader.h"
#include "services/videouploader.h"
#include "services/writeoutbox.h"
#include "session.h"
#include "storage/localcache.h"
#include "ui/common/themecontroller.h"
#include "usagemeter.h"

#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace guild::ui {
class MainWindow;
class LoginDialog;
} // namespace guild::ui

namespace guild::app {

struct ClientOptions
{
    QUrl server;
    QString demoLogin;
    QString caFile;
    std::unique_ptr<SecretStore> secrets;
};

/// Owns the client's services and window and runs the flows between them: open the last account's
/// cache at once (the feed shows before the network answers), resume or sign in, then sync.
class ClientController final : public QObject
{
    Q_OBJECT
public:
    explicit ClientController(ClientOptions options, QObject *parent = nullptr);
    ~ClientController() override;

    void start();
    ui::MainWindow *window() const { return m_window.get(); }
    /// For tests: the session and the communities known.
    Session &session() { return m_session; }
    const AccountDirectory &accounts() const { return m_accounts; }
    /// Opens another community this computer knows, without signing out of any.
    void switchTo(const QString &accountKey, std::function<void()> then = {});

private:
    void openCacheFor(const QUrl &server, const QString &username, std::function<void()> then);
    void onSignedIn(const protocol::User &user);
    void showLogin(const QString &message = {}, bool adding = false);
    /// The switcher's buttons, and the unread counts of the communities not open.
    void showCommunities();
    int unreadHere() const;
    void showSettings();
    QString cachePath(const QUrl &server, const QString &username) const;

    ClientOptions m_options;
    QSettings m_settings;
    AccountDirectory m_accounts{m_settings};
    UnreadCounter m_unread;
    ApiClient m_api;
    std::unique_ptr<SecretStore> m_secrets;
    Session m_session;
    LocalCache m_cache;
    WriteOutbox m_writes;
    DraftService m_drafts;
    SavedService m_saved;
    models::ArticleFeedModel m_model;
    FeedService m_feed;
    PublishingService m_publishing;
    DiscussionService m_discussion;
    SyncService m_sync;
    Connectivity m_connectivity;
    ChatConnection m_chatLink;
    models::ChannelListModel m_channels;
    models::ChatMessageModel m_messages;
    ChatService m_chat;
    models::CourseListModel m_courseList;
    models::SyllabusModel m_syllabus;
    CourseService m_courses;
    DownloadService m_downloads;
    LeaseGuard m_leases;
    AccountService m_account;
    CommunityService m_community;
    AdminService m_admin;
    ProfileService m_profile;
    ReportService m_reports;
    CourseAuthoringService m_authoring;
    VideoUploader m_uploads;
    PictureCache m_avatars;
    PictureCache m_covers;
    PictureCache m_images;
    ImageUploader m_imageUploads;
    SearchService m_search;
    DashboardService m_dashboard;
    UsageTracker m_usage;
    UsageUploader m_usageUploader;
    ui::ThemeController m_theme;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<UsageMeter> m_usageMeter;
    QPointer<ui::LoginDialog> m_login;
    QTimer m_reconnect;    // while the server is unreachable, try to resume the session now and then
    QTimer m_periodicSync; // while signed in, pick up new articles without the member asking
    QString m_openAccount;
};

} // namespace guild::app
