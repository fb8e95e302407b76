#pragma once

#include "domain/accountadmin.h"
#include "domain/accountevents.h"
#include "domain/accountsettings.h"
#include "domain/analyticsservice.h"
#include "domain/articleservice.h"
#include "domain/authservice.h"
#include "domain/channeladmin.h"
#include "domain/chatservice.h"
#include "domain/courseauthoring.h"
#include "domain/courseservice.h"
#include "domain/eventservice.h"
#include "domain/feedbackservice.h"
#include "domain/homeworkservice.h"
#include "domain/idempotencyservice.h"
#include "domain/imagelibrary.h"
#include "domain/leasesigner.h"
#include "domain/loginthrottle.h"
#include "domain/mediasigner.h"
#include "domain/membershipservice.h"
#include "domain/moderationservice.h"
#include "domain/passwordhasher.h"
#include "domain/passwordrecovery.h"
#include "domain/paymentservice.h"
#include "domain/pointsservice.h"
#include "domain/pollservice.h"
#include "domain/questionservice.h"
#include "domain/savedservice.h"
#include "domain/searchservice.h"
#include "domain/syncservice.h"
#include "domain/threadpromotion.h"
#include "domain/videouploads.h"
#include "http/apiserver.h"
#include "http/routes/routegroup.h"
#include "mail/smtpmailer.h"
#include "observe/metrics.h"
#include "storage/database.h"
#include "ws/chathub.h"
#include "ws/pgfanout.h"

#include <QTimer>

#include <memory>
#include <vector>

namespace guild::server {

struct ServerOptions
{
    DatabaseConfig database;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443;
    std::optional<QSslConfiguration> tls;
    bool demo = false;
    /// The demo without its chat, Q&A, events, comments and homework: tests that count their own.
    bool demoQuiet = false;
    /// Where lesson videos live (shared by every process of a deployment).
    QString mediaDir;
    PaymentConfig payments;
    /// Tests only: POST /api/v1/test/clock moves the server's clock.
    bool testClock = false;
    AuthConfig auth;
    ChatHub::Limits chat;
    /// Reverse proxies whose X-Forwarded-For is believed.
    TrustedProxies trustedProxies;
    /// Where password reset codes are mailed from (none: admins hand out codes).
    std::optional<SmtpConfig> mail;
    /// Lets /metrics answer callers other than loopback that present it (empty: loopback only).
    QByteArray metricsToken;

    /// The database named by --database (a PostgreSQL URL) or else the SQLite file in --data (the
    /// standard data location when empty, created if missing); nullopt with `error` when neither works.
    static std::optional<DatabaseConfig> databaseFor(const QString &url, QString dataDir, QString *error);
};

/// Owns the server's parts and wires them: database, domain services, HTTP routes.
class ServerApp final : public QObject
{
public:
    explicit ServerApp(ServerOptions options, QObject *parent = nullptr);
    ~ServerApp() override;

    /// This build's version (the project's, from CMake).
    static QString version();

    /// Migrates, seeds (demo), listens. Returns the bound port, or 0 with `error` set.
    quint16 start(QString *error);
    /// Stops taking connections, closes chat connections with "server restarting", lets requests in
    /// flight be answered, then calls `done` (on this thread).
    void shutdown(std::function<void()> done);
    /// The routes this server answers (known before start).
    const QList<ApiServer::RouteInfo> &routes() const { return m_api->routes(); }

private:
    ServerOptions m_options;
    Metrics m_metrics; ///< outlives everything that counts into it
    std::unique_ptr<Database> m_database;
    PasswordHasher m_hasher;
    std::unique_ptr<LoginThrottle> m_throttle;
    AccountEvents m_accountEvents;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<AccountAdmin> m_accountAdmin;
    std::unique_ptr<AccountSettings> m_accountSettings;
    std::unique_ptr<ChannelAdmin> m_channelAdmin;
    std::unique_ptr<ArticleService> m_articles;
    std::unique_ptr<PollService> m_polls;
    std::unique_ptr<AnalyticsService> m_analytics;
    std::unique_ptr<MembershipService> m_memberships;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<ChatService> m_chat;
    std::unique_ptr<ThreadPromotion> m_promotion;
    std::unique_ptr<CourseService> m_courses;
    std::unique_ptr<HomeworkService> m_homework;
    std::unique_ptr<CourseAuthoring> m_authoring;
    std::unique_ptr<ModerationService> m_moderation;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<SavedService> m_saved;
    std::unique_ptr<ImageLibrary> m_images;
    std::unique_ptr<Mailer> m_mailer;
    std::unique_ptr<LoginThrottle> m_resetThrottle;
    std::unique_ptr<PasswordRecovery> m_recovery;
    std::unique_ptr<VideoUploads> m_uploads;
    std::unique_ptr<MediaSigner> m_signer;
    std::unique_ptr<LeaseSigner> m_leases;
    std::unique_ptr<PointsService> m_points;
    std::unique_ptr<PaymentService> m_payments;
    std::unique_ptr<QuestionService> m_questions;
    std::unique_ptr<EventService> m_events;
    std::unique_ptr<FeedbackService> m_feedback;
    std::unique_ptr<IdempotencyService> m_idempotency;
    /// Before m_api: its handlers use them until it has drained.
    std::vector<std::unique_ptr<RouteGroup>> m_routes;
    std::unique_ptr<ChatHub> m_hub;
    std::unique_ptr<PgFanout> m_fanout;
    std::unique_ptr<ApiServer> m_api;
    QTimer m_purgeTimer;
};

} // namespace guild::server
