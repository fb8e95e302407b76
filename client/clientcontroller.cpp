#include "clientcontroller.h"

#include "protocol/endpoints.h"
#include "storage/snapshotstore.h"
#include "ui/common/communityswitcher.h"
#include "ui/common/translations.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/windowstate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guild::app {

namespace {
const QString ServerKey = u"account/server"_s;
const QString UserKey = u"account/username"_s;
const QString LanguageKey = u"ui/language"_s;
const QString AppearanceKey = u"ui/appearance"_s;
const QString CaFileKey = u"network/caFile"_s;
const QString MeKey = u"me"_s; // the signed-in member, in the account's cache
constexpr int ReconnectStartMs = 10 * 1000;

/// What a community is called on its button: its server's name (guild.example.org: "Guild").
QString communityName(const QUrl &server)
{
    QStringList labels = server.host().split(u'.', Qt::SkipEmptyParts);
    bool numeric = false;
    labels.value(0).toInt(&numeric);
    if (numeric || labels.size() < 2) {
        return server.host(); // an address or a single name says itself
    }
    while (labels.size() > 2 && (labels.first() == u"www"_s || labels.first() == u"api"_s)) {
        labels.removeFirst();
    }
    QString name = labels.first();
    name[0] = name[0].toUpper();
    return name;
}
} // namespace

ClientController::ClientController(ClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secrets(std::move(m_options.secrets))
    , m_session(m_api, *m_secrets)
    , m_writes(m_api, m_cache)
    , m_drafts(m_cache)
    , m_saved(m_api, m_cache, m_writes)
    , m_feed(m_api, m_cache, m_model)
    , m_publishing(m_api, m_cache, m_writes)
    , m_discussion(m_api, m_cache, m_writes)
    , m_sync(m_api, m_cache)
    , m_connectivity(m_api)
    , m_chatLink([this] { return m_api.accessToken(); })
    , m_chat(m_chatLink, m_cache, m_channels, m_messages)
    , m_courses(m_api, m_cache, m_writes, m_courseList, m_syllabus)
    , m_downloads(m_api, m_cache)
    , m_leases(m_api, m_cache, m_downloads)
    , m_account(m_api, m_cache, m_writes)
    , m_community(m_api, m_cache, m_writes)
    , m_admin(m_api)
    , m_profile(m_api)
    , m_reports(m_api)
    , m_authoring(m_api)
    , m_uploads(m_api)
    , m_avatars(PictureCache::Kind::MemberAvatar, m_api, m_cache)
    , m_covers(PictureCache::Kind::CourseCover, m_api, m_cache)
    , m_images(PictureCache::Kind::ContentImage, m_api, m_cache)
    , m_imageUploads(m_api, m_images)
    , m_search(m_api, m_cache)
    , m_dashboard(m_api, m_cache)
    , m_usage(m_cache)
    , m_usageUploader(m_api, m_cache)
{
    m_theme.setAppearance(ui::ThemeController::fromSettingsValue(m_settings.value(AppearanceKey).toString()));
    m_window = std::make_unique<ui::MainWindow>(ui::MainWindow::Services{
        m_session, m_feed,      m_publishing, m_discussion, m_sync,      m_connectivity, m_model,
        m_chat,    m_channels,  m_messages,   m_courses,    m_downloads, m_courseList,   m_syllabus,
        m_account, m_community, m_admin,      m_dashboard,  m_reports,   m_authoring,    m_uploads,
        m_avatars, m_covers,    m_search,     m_writes,     m_drafts,    m_saved});
    m_window->setContentImages(m_imageUploads, m_images);
    m_usageMeter = std::make_unique<UsageMeter>(
        m_usage, UsageMeter::Sources{*m_window, m_feed, m_courses, m_chat, m_community, m_publishing, m_discussion});
    // The chat link authenticates with the access token; when that is refused, a REST call refreshes it
    // and the link's next attempt picks up the new one.
    connect(&m_chatLink, &ChatConnection::authenticationFailed, this, [this] {
        m_api.call(protocol::endpoints::Me, {}, this, [](const ApiResult<protocol::CurrentUserReply> &) {});
    });
    // A refresh made for any request renews the open chat link too, so it is not closed at expiry.
    connect(&m_api, &ApiClient::tokensRotated, this, [this] { m_chatLink.renewToken(m_api.accessToken()); });
    const QString caFile = m_options.caFile.isEmpty() ? m_settings.value(CaFileKey).toString() : m_options.caFile;
    if (!caFile.isEmpty()) {
        QString error;
        if (!m_api.addCaFile(caFile, &error)) {
            m_window->notify(error);
        }
    }
    connect(&m_session, &Session::signedIn, this, &ClientController::onSignedIn);
    // The member's own new picture shows beside their messages at once, not an hour later.
    connect(&m_profile, &ProfileService::avatarChanged, this,
            [this](const QByteArray &image) { m_avatars.put(m_session.user().id, image); });
    connect(&m_session, &Session::keychainUnavailable, m_window.get(), &ui::MainWindow::notify);
    m_reconnect.setSingleShot(true);
    m_reconnect.setInterval(ReconnectStartMs / 2);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (m_session.state() != Session::State::SignedIn) {
            m_session.resume(m_session.server(), m_settings.value(UserKey).toString(), m_session.user());
        }
    });
    m_periodicSync.setInterval(std::chrono::minutes(10));
    connect(&m_periodicSync, &QTimer::timeout, &m_sync, &SyncService::start);
    connect(&m_periodicSync, &QTimer::timeout, &m_courses, &CourseService::refresh);
    connect(&m_periodicSync, &QTimer::timeout, &m_courses, &CourseService::fetchNotifications);
    connect(&m_periodicSync, &QTimer::timeout, &m_community, &CommunityService::loadEvents);
    connect(&m_periodicSync, &QTimer::timeout, &m_leases, &LeaseGuard::refresh);
    connect(&m_periodicSync, &QTimer::timeout, &m_saved, &SavedService::refresh);
    // A membership bought, renewed or lapsed: the lease follows it.
    connect(&m_account, &AccountService::membershipChanged, &m_leases, &LeaseGuard::refresh);
    connect(&m_leases, &LeaseGuard::closed, this, [this](protocol::Tier open, const QDateTime &endedAt, bool ranOut) {
        m_feed.reload();
        m_courses.reloadCached();
        m_chat.closeAbove(open);
        m_window->notify(
            ranOut ? tr("Your membership ran out on %1, so the paid articles, lessons, videos and chat kept on "
                        "this computer are closed. Renew it to read them again.")
                         .arg(QLocale().toString(endedAt.toLocalTime(), QLocale::ShortFormat))
                   : tr("Your membership no longer includes some of what was kept on this computer, so those "
                        "articles, lessons, videos and chat are closed."));
    });
    // Renewed: what was closed comes back with the next sync (which starts over after a closing).
    connect(&m_leases, &LeaseGuard::reopened, &m_sync, &SyncService::start);
    connect(&m_leases, &LeaseGuard::reopened, &m_courses, &CourseService::refresh);
    // Back online: progress made offline goes out at once.
    connect(&m_connectivity, &Connectivity::onlineChanged, this, [this](bool online) {
        if (online && m_session.state() == Session::State::SignedIn) {
            m_courses.flushProgress();
            m_usageUploader.sendNow();
            m_leases.refresh();
        }
    });
    connect(&m_session, &Session::signedOut, &m_periodicSync, &QTimer::stop);
    connect(&m_session, &Session::signedOut, &m_usageUploader, &UsageUploader::stop);
    connect(&m_session, &Session::signInFailed, this, [this](const QString &message, bool networkFailure) {
        if (networkFailure) {
            m_window->notify(message); // offline: keep showing the cache, and try again later
            m_reconnect.start(std::min(m_reconnect.interval() * 2, 5 * 60 * 1000));
        } else if (!m_login) {
            showLogin(message);
        }
    });
    connect(&m_session, &Session::signedOut, this, [this] {
        m_chat.stop();
        m_downloads.stop();
        // Signed out of this community only: another this computer knows opens, else the sign-in.
        if (const auto open = m_accounts.current()) {
            m_accounts.forget(open->key());
        }
        if (const auto next = m_accounts.current()) {
            switchTo(next->key());
        } else {
            showLogin();
        }
    });
    connect(&m_sync, &SyncService::finished, &m_feed, &FeedService::reload);
    // A first sync leaves its articles' search index to be filled afterwards, in the background.
    connect(&m_sync, &SyncService::finished, &m_search.indexer(), &SearchIndexer::start);
    connect(&m_sync, &SyncService::cancelled, &m_search.indexer(), &SearchIndexer::start);
    connect(&m_sync, &SyncService::failed, &m_search.indexer(), [this] { m_search.indexer().start(); });
    connect(&m_sync, &SyncService::cancelled, &m_feed, &FeedService::reload);
    connect(m_window.get(), &ui::MainWindow::settingsRequested, this, &ClientController::showSettings);
    connect(m_window.get(), &ui::MainWindow::signOutRequested, &m_session, &Session::signOut);
    connect(m_window.get(), &ui::MainWindow::signInRequested, this, [this] { showLogin(); });
    // Several communities: one click opens another; + signs in to one more (the others stay signed in).
    ui::CommunitySwitcher *switcher = m_window->communitySwitcher();
    connect(switcher, &ui::CommunitySwitcher::chosen, this, [this](const QString &key) { switchTo(key); });
    connect(switcher, &ui::CommunitySwitcher::addRequested, this, [this] { showLogin({}, true); });
    connect(&m_accounts, &AccountDirectory::changed, this, &ClientController::showCommunities);
    connect(m_window.get(), &ui::MainWindow::elsewhereArticleChosen, this, [this](const QString &key, qint64 id) {
        switchTo(key, [this, id] {
            m_window->showPanel(ui::MainWindow::FeedPage);
            m_feed.openArticle(id);
        });
    });
    connect(&m_unread, &UnreadCounter::counted, switcher, &ui::CommunitySwitcher::setUnread);
    const auto countHere = [this, switcher] {
        if (const auto open = m_accounts.current()) {
            switcher->setUnread(open->key(), unreadHere());
        }
    };
    connect(&m_channels, &QAbstractItemModel::dataChanged, this, countHere);
    connect(&m_channels, &QAbstractItemModel::modelReset, this, countHere);
    connect(&m_channels, &QAbstractItemModel::rowsInserted, this, countHere);
    showCommunities();
}

int ClientController::unreadHere() const
{
    int unread = 0;
    for (const protocol::chat::Channel &c : m_channels.channels()) {
        unread += static_cast<int>(std::max<qint64>(0, c.lastSeq - c.lastReadSeq));
    }
    return unread;
}

void ClientController::showCommunities()
{
    QList<ui::CommunitySwitcher::Entry> entries;
    QList<OtherCommunity> others;
    const auto open = m_accounts.current();
    for (const KnownAccount &a : m_accounts.accounts()) {
        const bool current = open && a.key() == open->key();
        const QString where =
            a.server.port() > 0 ? u"%1:%2"_s.arg(a.server.host()).arg(a.server.port()) : a.server.host();
        entries.append({a.key(), a.name, tr("%1 on %2").arg(a.username, where), current ? unreadHere() : 0, current});
        if (!current) {
            m_unread.count(a.key(), cachePath(a.server, a.username)); // as of when it was last open
            others.append({a.key(), a.name, cachePath(a.server, a.username)});
        }
    }
    m_window->communitySwitcher()->setEntries(entries);
    m_search.elsewhere().setCommunities(others); // the search box reaches into them too
}

void ClientController::switchTo(const QString &accountKey, std::function<void()> then)
{
    const auto account = m_accounts.find(accountKey);
    if (!account ||
        (accountKey == m_openAccount && m_cache.isOpen() && m_session.state() != Session::State::SignedOut)) {
        return; // open already
    }
    // The open community stops where it is (its writes and drafts stay in its own cache).
    m_periodicSync.stop();
    m_sync.cancel();
    m_chat.stop();
    m_downloads.stop();
    m_api.abortAll();
    m_accounts.setCurrent(accountKey);
    openCacheFor(account->server, account->username,
                 [this, server = account->server, username = account->username, then = std::move(then)] {
                     m_cache.run<std::optional<Snapshot<protocol::User>>>(
                         this, [](QSqlDatabase &db) { return SnapshotStore(db).load<protocol::User>(MeKey); },
                         [this, server, username](const std::optional<Snapshot<protocol::User>> &me) {
                             m_session.resume(server, username, me ? me->value : protocol::User{});
                         });
                     if (then) {
                         then(); // its cache is open: what was asked for in it shows, offline too
                     }
                 });
}

ClientController::~ClientController()
{
    m_usage.flush(); // the minute in progress goes into the queue before the cache closes
}

QString ClientController::cachePath(const QUrl &server, const QString &username) const
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(base).filePath(u"accounts/"_s + Session::accountKey(server, username) + u"/cache.sqlite"_s);
}

void ClientController::openCacheFor(const QUrl &server, const QString &username, std::function<void()> then)
{
    const QString key = Session::accountKey(server, username);
    if (key == m_openAccount && m_cache.isOpen()) {
        then();
        return;
    }
    m_openAccount = key;
    m_chat.stop(); // another community's chat: its link closes, its open channel goes
    m_messages.reset(0, {}, {});
    m_writes.stop();   // another account's writes stay in its own cache
    m_leases.stop();   // and its lease
    m_drafts.flush();  // and what was being typed for it
    m_avatars.clear(); // another account: its pictures come from its own cache
    m_covers.clear();
    m_images.clear();
    const QString path = cachePath(server, username);
    m_cache.open(path, this, [this, path, then = std::move(then)](const QString &error) {
        if (!error.isEmpty()) {
            QMessageBox::critical(m_window.get(), tr("Offline cache"), error);
            return;
        }
        m_leases.load(); // first: what a lease that ran out closes is gone before anything reads it
        m_feed.reload();
        // Videos live beside the account's cache; downloads under way carry on.
        m_downloads.stop();
        m_downloads.setDirectory(QFileInfo(path).dir().filePath(u"media"_s));
        m_downloads.start();
        m_courses.refresh();
        m_search.indexer().start(); // an index a migration made anew fills in the background
        then();
    });
}

void ClientController::start()
{
    // The window as it was left: size, splitters, panel, article, reading size; kept again at quit.
    ui::WindowState::restore(*m_window, m_settings);
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
            [this] { ui::WindowState::save(*m_window, m_settings); });
    m_window->show();
    const QUrl lastServer = m_settings.value(ServerKey).toUrl();
    const QString lastUser = m_settings.value(UserKey).toString();
    if (!m_options.demoLogin.isEmpty()) {
        // Demo only: the well-known demo password, and only against a server on this computer.
        const QString host = m_options.server.host();
        if (host == u"127.0.0.1"_s || host == u"localhost"_s) {
            m_session.signIn(m_options.server, m_options.demoLogin, u"guild-demo"_s);
            return;
        }
    }
    const QUrl server = m_options.server.isValid() ? m_options.server : lastServer;
    if (server == lastServer && !lastUser.isEmpty()) {
        openCacheFor(lastServer, lastUser, [this, lastServer, lastUser] {
            // Who the member was last time (their role opens the author and admin panels), offline too.
            m_cache.run<std::optional<Snapshot<protocol::User>>>(
                this, [](QSqlDatabase &db) { return SnapshotStore(db).load<protocol::User>(MeKey); },
                [this, lastServer, lastUser](const std::optional<Snapshot<protocol::User>> &me) {
                    m_session.resume(lastServer, lastUser, me ? me->value : protocol::User{});
                });
        });
        return;
    }
    showLogin();
}

void ClientController::onSignedIn(const protocol::User &user)
{
    m_reconnect.setInterval(ReconnectStartMs);
    m_periodicSync.start();
    m_settings.setValue(ServerKey, m_session.server());
    m_settings.setValue(UserKey, user.username);
    m_accounts.remember({m_session.server(), user.username, communityName(m_session.server())});
    openCacheFor(m_session.server(), user.username, [this, user] {
        m_cache.run<bool>(
            this, [user](QSqlDatabase &db) { return SnapshotStore(db).save(MeKey, user); }, [](bool) {});
        m_writes.start(); // what was written offline, even before a restart, goes now
        m_leases.refresh();
        m_saved.refresh(); // bookmarks and highlights made on other devices
        m_sync.start();
        m_chatLink.setServer(m_session.server());
        m_chatLink.setExtraCaCertificates(m_api.extraCaCertificates());
        m_chat.notifications().setMentionName(user.username);
        m_chat.start(user.id, user.displayName.isEmpty() ? user.username : user.displayName);
        m_courses.refresh();
        m_courses.fetchNotifications();
        // Days and streaks are counted in the member's own time zone.
        m_account.sendTimezone(QString::fromLatin1(QTimeZone::systemTimeZoneId()));
        m_account.refresh();
        m_community.loadEvents(); // reminders for the events the member is going to
        m_usageUploader.start();
    });
}

void ClientController::showLogin(const QString &message, bool adding)
{
    if (m_login) {
        m_login->raise();
        return;
    }
    // Adding a community starts blank; otherwise the last one is filled in.
    const QUrl server =
        adding ? QUrl() : (m_options.server.isValid() ? m_options.server : m_settings.value(ServerKey).toUrl());
    m_login = new ui::LoginDialog(m_session, server, adding ? QString() : m_settings.value(UserKey).toString(),
                                  m_window.get());
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    if (!message.isEmpty()) {
        m_login->showError(message);
    }
    m_login->open();
}

void ClientController::showSettings()
{
    const bool signedIn = m_session.state() == Session::State::SignedIn;
    ui::SettingsDialog dialog(m_settings.value(LanguageKey).toString(), m_settings.value(CaFileKey).toString(),
                              &m_downloads, signedIn ? &m_profile : nullptr, m_session.user().displayName,
                              m_window.get());
    dialog.setAppearance(m_theme.appearance());
    // Signed out everywhere from the Account tab: this device too, so the sign-in comes next.
    connect(&m_profile, &ProfileService::signedOutEverywhere, &dialog, [this, &dialog] {
        dialog.reject();
        m_session.signOut();
    });
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_settings.setValue(LanguageKey, dialog.language());
    m_settings.setValue(CaFileKey, dialog.caFile());
    m_settings.setValue(AppearanceKey, ui::ThemeController::settingsValue(dialog.appearance()));
    m_theme.setAppearance(dialog.appearance());
    ui::Translations::apply(dialog.language());
}

} // namespace guild::app
