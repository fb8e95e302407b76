#include "serverapp.h"

#include "demo/demolife.h"
#include "demo/demoseeder.h"
#include "domain/clock.h"
#include "http/routes/accountadminroutes.h"
#include "http/routes/accountsettingsroutes.h"
#include "http/routes/analyticsroutes.h"
#include "http/routes/articleroutes.h"
#include "http/routes/authroutes.h"
#include "http/routes/chatroutes.h"
#include "http/routes/courseauthoringroutes.h"
#include "http/routes/courseroutes.h"
#include "http/routes/engagementroutes.h"
#include "http/routes/homeworkroutes.h"
#include "http/routes/imageroutes.h"
#include "http/routes/membershiproutes.h"
#include "http/routes/moderationroutes.h"
#include "http/routes/recoveryroutes.h"
#include "http/routes/savedroutes.h"
#include "http/routes/searchroutes.h"
#include "protocol/endpoints.h"
#include "storage/migrator.h"
#include "storage/sql.h"
#include "storage/userrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThreadPool>

#include <cstdio>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace guild::server {

QString ServerApp::version()
{
    return QStringLiteral(GUILD_VERSION);
}

ServerApp::ServerApp(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_database(std::make_unique<Database>(m_options.database))
{
    m_throttle = std::make_unique<LoginThrottle>(*m_database, u"login"_s);
    m_auth = std::make_unique<AuthService>(*m_database, m_hasher, *m_throttle, m_accountEvents, m_options.auth);
    m_accountAdmin = std::make_unique<AccountAdmin>(*m_database, *m_auth, m_hasher, m_accountEvents);
    m_accountSettings = std::make_unique<AccountSettings>(*m_database, m_hasher, m_accountEvents);
    m_channelAdmin = std::make_unique<ChannelAdmin>(*m_database, m_accountEvents);
    m_articles = std::make_unique<ArticleService>(*m_database);
    m_polls = std::make_unique<PollService>(*m_database, *m_articles);
    m_analytics = std::make_unique<AnalyticsService>(*m_database);
    m_memberships = std::make_unique<MembershipService>(*m_database, m_accountEvents);
    m_sync = std::make_unique<SyncService>(*m_database);
    m_chat = std::make_unique<ChatService>(*m_database);
    m_courses = std::make_unique<CourseService>(*m_database, m_options.mediaDir);
    m_homework = std::make_unique<HomeworkService>(*m_database, *m_courses);
    m_moderation = std::make_unique<ModerationService>(*m_database, *m_chat);
    if (m_options.mail) {
        m_mailer = std::make_unique<SmtpMailer>(*m_options.mail);
    }
    m_resetThrottle = std::make_unique<LoginThrottle>(*m_database, u"reset"_s);
    m_recovery =
        std::make_unique<PasswordRecovery>(*m_database, m_hasher, *m_resetThrottle, m_accountEvents, m_mailer.get());
    m_authoring = std::make_unique<CourseAuthoring>(*m_database, *m_courses);
    m_uploads = std::make_unique<VideoUploads>(*m_database, *m_authoring, m_options.mediaDir);
    m_signer = std::make_unique<MediaSigner>(*m_database);
    m_leases = std::make_unique<LeaseSigner>(*m_database);
    m_points = std::make_unique<PointsService>(*m_database);
    PaymentConfig payments = m_options.payments;
    payments.demo = payments.demo || m_options.demo;
    m_payments = std::make_unique<PaymentService>(*m_database, m_accountEvents, payments);
    m_questions = std::make_unique<QuestionService>(*m_database, *m_points);
    m_events = std::make_unique<EventService>(*m_database);
    m_feedback = std::make_unique<FeedbackService>(*m_database);
    m_promotion = std::make_unique<ThreadPromotion>(*m_chat, *m_articles, *m_questions);
    m_search = std::make_unique<SearchService>(*m_database, *m_chat, *m_courses);
    m_images = std::make_unique<ImageLibrary>(*m_database);
    m_saved = std::make_unique<SavedService>(*m_database,
                                             SavedService::Sources{*m_articles, *m_courses, *m_chat, *m_questions});
    // Points for publishing and for finishing lessons: counted once per article or lesson, capped per day.
    m_articles->setOnPublished([this](qint64 author, qint64 article) {
        QSqlDatabase db = m_database->connection();
        sql::Transaction tx(db);
        m_points->award(db, author, u"publish"_s, article, nowMs());
        PointsService::grantBadge(db, author, u"first_post"_s, nowMs());
        tx.commit();
    });
    m_courses->setOnLessonDone([this](QSqlDatabase &tx, qint64 member, qint64 lesson) {
        m_points->award(tx, member, u"lesson_completed"_s, lesson, nowMs());
    });
    m_idempotency = std::make_unique<IdempotencyService>(*m_database);
    m_api = std::make_unique<ApiServer>(*m_auth);
    m_api->setIdempotency(m_idempotency.get());
    m_api->setTrustedProxies(m_options.trustedProxies);
    m_routes.push_back(std::make_unique<AuthRoutes>(*m_auth, *m_memberships, *m_leases));
    m_routes.push_back(std::make_unique<ArticleRoutes>(*m_articles, *m_polls, *m_sync));
    m_routes.push_back(std::make_unique<ChatRoutes>(*m_chat, *m_promotion));
    m_routes.push_back(std::make_unique<ChannelAdminRoutes>(*m_channelAdmin));
    m_routes.push_back(std::make_unique<CourseAuthoringRoutes>(*m_authoring, *m_uploads));
    m_routes.push_back(std::make_unique<CourseRoutes>(*m_courses, *m_signer));
    m_routes.push_back(std::make_unique<HomeworkRoutes>(*m_homework));
    m_routes.push_back(std::make_unique<MembershipRoutes>(*m_memberships, *m_payments));
    m_routes.push_back(std::make_unique<MemberAdminRoutes>(*m_memberships, *m_payments));
    m_routes.push_back(std::make_unique<PointsRoutes>(*m_points));
    m_routes.push_back(std::make_unique<QuestionRoutes>(*m_questions));
    m_routes.push_back(std::make_unique<EventRoutes>(*m_events, *m_feedback));
    m_routes.push_back(std::make_unique<AnalyticsRoutes>(*m_analytics));
    m_routes.push_back(std::make_unique<AccountAdminRoutes>(*m_accountAdmin, *m_moderation));
    m_routes.push_back(std::make_unique<ModerationRoutes>(*m_moderation));
    m_routes.push_back(std::make_unique<RecoveryRoutes>(*m_recovery));
    m_routes.push_back(std::make_unique<AccountSettingsRoutes>(*m_accountSettings));
    m_routes.push_back(std::make_unique<SearchRoutes>(*m_search));
    m_routes.push_back(std::make_unique<SavedRoutes>(*m_saved));
    m_routes.push_back(std::make_unique<ImageRoutes>(*m_images));
    m_hub = std::make_unique<ChatHub>(*m_auth, *m_chat, m_options.chat);
    if (m_options.testClock) {
        m_routes.push_back(std::make_unique<TestClockRoute>(
            [this] { QMetaObject::invokeMethod(m_hub.get(), &ChatHub::sweepDeadlines, Qt::QueuedConnection); }));
    }
    for (const auto &group : m_routes) {
        group->attach(*m_api);
    }
    // After the commit and before the request that changed the account is answered (both reach the
    // server thread in that order), so the member's next frame already meets the new standing.
    m_accountEvents.setLocal([hub = QPointer<ChatHub>(m_hub.get())](qint64 userId) {
        if (ChatHub *target = hub.data()) {
            QMetaObject::invokeMethod(
                target, [target, userId] { target->accountChanged(userId); }, Qt::QueuedConnection);
        }
    });
    m_moderation->setOnMessageHidden([hub = QPointer<ChatHub>(m_hub.get())](const protocol::chat::Message &m) {
        if (ChatHub *target = hub.data()) {
            QMetaObject::invokeMethod(
                target, [target, m] { target->broadcastUpdate(m); }, Qt::QueuedConnection);
        }
    });
    m_api->onWebSocket(protocol::endpoints::ChatSocket,
                       [this](std::unique_ptr<QWebSocket> socket) { m_hub->accept(std::move(socket)); });
    m_api->serveMetrics(&m_metrics, m_options.metricsToken);
    m_hub->setMetrics(&m_metrics);

    m_purgeTimer.setInterval(std::chrono::hours(1));
    connect(&m_purgeTimer, &QTimer::timeout, this, [this] {
        QThreadPool::globalInstance()->start([this] {
            try {
                m_auth->purgeExpiredTokens();
                m_throttle->purge(nowMs());
                m_payments->purgeGuesses(nowMs());
            } catch (const sql::Error &e) {
                qCWarning(lcHttp) << "hourly upkeep failed:" << e.sqlError().text();
            }
        });
    });
}

void ServerApp::shutdown(std::function<void()> done)
{
    qCInfo(lcHttp) << "shutting down: no new connections;" << m_api->inFlight() << "requests in flight,"
                   << m_hub->connectionCount() << "chat connections to close";
    m_api->stopListening();
    m_hub->closeAllForRestart();
    // Answers still being made are written before the loop ends; a short quiet spell after the last
    // lets them leave the socket buffers. Ten seconds at most, so a stuck client cannot hold a restart.
    auto *check = new QTimer(this);
    auto deadline = std::make_shared<QElapsedTimer>();
    auto quietSince = std::make_shared<QElapsedTimer>();
    deadline->start();
    connect(check, &QTimer::timeout, this, [this, check, deadline, quietSince, done = std::move(done)] {
        const bool idle = m_api->inFlight() == 0 && m_hub->connectionCount() == 0;
        if (!idle) {
            quietSince->invalidate();
        } else if (!quietSince->isValid()) {
            quietSince->start();
        }
        if ((idle && quietSince->elapsed() >= 100) || deadline->elapsed() > 10'000) {
            check->stop();
            qCInfo(lcHttp) << "stopped";
            done();
        }
    });
    check->start(10);
}

ServerApp::~ServerApp()
{
    m_fanout.reset(); // stops relaying into the hub before the hub goes
    m_hub.reset();    // closes chat connections and waits for their work
    m_api.reset();    // waits for in-flight handlers before the services they use go away
    QThreadPool::globalInstance()->waitForDone();
}

std::optional<DatabaseConfig> ServerOptions::databaseFor(const QString &url, QString dataDir, QString *error)
{
    if (!url.isEmpty()) {
        QString why;
        auto config = DatabaseConfig::fromUrl(url, &why);
        if (!config) {
            *error = u"--database: "_s + why;
        }
        return config;
    }
    if (dataDir.isEmpty()) {
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    if (!QDir().mkpath(dataDir)) {
        *error = u"cannot create the data directory "_s + dataDir;
        return std::nullopt;
    }
    return DatabaseConfig::sqlite(QDir(dataDir).filePath(u"guild.sqlite"_s));
}

quint16 ServerApp::start(QString *error)
{
    *error = Migrator(*m_database).migrate();
    if (!error->isEmpty()) {
        return 0;
    }
    if (m_options.demo) {
        try {
            DemoSeeder seeder(*m_database, m_hasher, m_options.mediaDir);
            if (!seeder.seedIfEmpty()) {
                *error = u"seeding the demo community failed"_s;
                return 0;
            }
            if (seeder.seeded() && !m_options.demoQuiet) {
                DemoLife(
                    {*m_database, *m_chat, *m_questions, *m_events, *m_articles, *m_courses, *m_homework, *m_points})
                    .play();
            }
        } catch (const sql::Error &e) {
            *error = u"seeding the demo community failed: "_s + e.sqlError().text();
            return 0;
        }
    }
    try {
        m_search->buildIndexIfNeeded();
    } catch (const sql::Error &e) {
        *error = u"building the search index failed: "_s + e.sqlError().text();
        return 0;
    }
    if (m_database->isPostgres()) {
        m_fanout = std::make_unique<PgFanout>(*m_database, *m_chat, *m_hub, m_accountEvents);
        if (!m_fanout->start(error)) {
            return 0;
        }
    }
    const quint16 port = m_api->listen(m_options.address, m_options.port, m_options.tls);
    if (port == 0) {
        *error = u"cannot listen on %1:%2"_s.arg(m_options.address.toString()).arg(m_options.port);
        return 0;
    }
    m_purgeTimer.start();
    if (!m_options.demo && !UserRepository(m_database->connection()).anyAdmin()) {
        // In the log (standard error): the first line on standard output belongs to the port.
        qCWarning(lcHttp).noquote()
            << u"this community has no admin yet; make the first one with: guild-server admin create-user NAME "
               "--role admin --password-stdin %1"_s.arg(m_options.database.engine == DatabaseConfig::Engine::Postgres
                                                            ? u"--database URL"_s
                                                            : u"--data DIR"_s);
    }
    return port;
}

} // namespace guild::server
