#include "mainwindow.h"

#include "admin/adminpanel.h"
#include "chat/chatpanel.h"
#include "common/communityswitcher.h"
#include "common/icons.h"
#include "common/indexingstatus.h"
#include "common/notificationcentre.h"
#include "common/notificationwording.h"
#include "common/outboxstatus.h"
#include "common/reportdialog.h"
#include "common/safetextbrowser.h"
#include "common/searchpopup.h"
#include "common/syncstatus.h"
#include "common/theme.h"
#include "community/communitypanel.h"
#include "courses/courseeditor.h"
#include "courses/coursepage.h"
#include "courses/coursespanel.h"
#include "courses/homeworkbox.h"
#include "courses/lessonview.h"
#include "dashboard/dashboardpanel.h"
#include "dashboard/myactivityview.h"
#include "feed/articleview.h"
#include "feed/commentsview.h"
#include "feed/feedpanel.h"
#include "feed/readertools.h"
#include "keyboardnavigation.h"
#include "membership/membershippanel.h"
#include "models/courselistmodel.h"
#include "saved/savedpanel.h"
#include "services/accountservice.h"
#include "services/chatservice.h"
#include "services/communityservice.h"
#include "services/connectivity.h"
#include "services/courseauthoringservice.h"
#include "services/courseservice.h"
#include "services/discussionservice.h"
#include "services/feedservice.h"
#include "services/picturecache.h"
#include "services/publishingservice.h"
#include "services/reportservice.h"
#include "services/savedservice.h"
#include "services/searchservice.h"
#include "services/syncservice.h"
#include "session.h"

#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace guild::ui {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_session(services.session)
    , m_sync(services.sync)
    , m_connectivity(services.connectivity)
    , m_feed(services.feed)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_feedPanel(new FeedPanel(services.feed, services.publishing, services.discussion, services.articles, this))
    , m_chatPanel(new ChatPanel(services.chat, services.channels, services.messages, this))
    , m_coursesPanel(
          new CoursesPanel(services.courses, services.downloads, services.courseList, services.syllabus, this))
    , m_membershipPanel(new MembershipPanel(services.account, this))
    , m_communityPanel(new CommunityPanel(services.community, this))
    , m_adminPanel(new AdminPanel(services.admin, this))
    , m_dashboardPanel(new DashboardPanel(services.dashboard, this))
    , m_savedPanel(new SavedPanel(services.saved, this))
    , m_communities(new CommunitySwitcher(this))
    , m_account(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_bell(new NotificationCentre(this))
    , m_searchPopup(new SearchPopup(services.search, this))
    , m_connection(new QLabel(this))
    , m_syncStatus(new SyncStatus(services.sync, this))
{
    for (Icon icon : {Icon::Feed, Icon::Courses, Icon::Chat, Icon::Membership, Icon::Community, Icon::Admin,
                      Icon::Dashboard, Icon::Saved}) {
        m_sidebar->addItem(new QListWidgetItem(ui::icon(icon), QString()));
    }
    m_sidebar->setFixedWidth(170);
    m_sidebar->setIconSize({20, 20});
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setAutoFillBackground(true);
    m_sidebar->setBackgroundRole(QPalette::AlternateBase);

    m_courseEditor = new CourseEditor(services.authoring, services.uploads, m_adminPanel);
    m_courseEditor->setCovers(services.covers);
    m_adminPanel->setCourseEditor(m_courseEditor);
    // A new cover shows at once in the editor and, once the catalogue is read again, on the library tile.
    connect(&services.authoring, &app::CourseAuthoringService::coverChanged, &services.covers, &app::PictureCache::put);
    connect(&services.authoring, &app::CourseAuthoringService::coverChanged, &services.courses,
            &app::CourseService::refresh);
    m_chatPanel->setAvatars(services.avatars);
    m_feedPanel->reader()->commentsView()->setAvatars(services.avatars);
    m_communityPanel->setAvatars(services.avatars);
    m_feedPanel->setDrafts(services.drafts);
    m_feedPanel->setSaved(services.saved);
    connect(m_feedPanel->readerTools(), &ReaderTools::notice, this, &MainWindow::notify);
    // Lessons get the same tools: bookmark, highlight with notes, export.
    m_lessonTools = new ReaderTools(*m_coursesPanel->coursePage()->lessonView(), services.saved, this);
    connect(m_lessonTools, &ReaderTools::notice, this, &MainWindow::notify);
    connect(m_savedPanel, &SavedPanel::notice, this, &MainWindow::notify);
    connect(m_savedPanel, &SavedPanel::openRequested, this, [this](const models::SavedEntry &e) {
        switch (e.kind) {
        case protocol::SavedKind::Article:
            showPanel(FeedPage);
            m_feed.openArticle(e.subjectId);
            break;
        case protocol::SavedKind::Lesson:
            showPanel(CoursesPage);
            m_coursesPanel->openLesson(e.containerId, e.subjectId);
            break;
        case protocol::SavedKind::Message:
            showPanel(ChatPage);
            m_chatPanel->openChannelAt(e.containerId, e.position);
            break;
        case protocol::SavedKind::Answer:
            showPanel(CommunityPage);
            m_communityPanel->openQuestion(e.containerId);
            break;
        }
    });
    // Bookmarks from chat and Q&A.
    connect(m_chatPanel, &ChatPanel::bookmarkRequested, this,
            [&saved = services.saved](qint64 id, qint64 channelId, qint64 seq, const QString &title) {
                saved.setBookmarked(protocol::SavedKind::Message, id, title, true, channelId, seq);
            });
    connect(m_communityPanel, &CommunityPanel::answerBookmarkRequested, this,
            [&saved = services.saved](qint64 answerId, qint64 questionId, const QString &title) {
                saved.setBookmarked(protocol::SavedKind::Answer, answerId, title, true, questionId);
            });
    m_communityPanel->setDrafts(services.drafts);
    m_coursesPanel->coursePage()->lessonView()->homework()->setDrafts(services.drafts);
    m_coursesPanel->setCovers(services.covers);
    connect(m_searchPopup, &SearchPopup::articleChosen, this, [this](qint64 id) {
        showPanel(FeedPage);
        m_feed.openArticle(id);
    });
    connect(m_searchPopup, &SearchPopup::elsewhereChosen, this, &MainWindow::elsewhereArticleChosen);
    connect(m_searchPopup, &SearchPopup::messageChosen, this, [this](qint64 channelId, qint64 seq) {
        showPanel(ChatPage);
        m_chatPanel->openChannelAt(channelId, seq);
    });
    connect(m_searchPopup, &SearchPopup::courseChosen, this, [this](qint64 courseId) {
        showPanel(CoursesPage);
        m_coursesPanel->openCourse(courseId);
    });
    connect(m_searchPopup, &SearchPopup::lessonChosen, this, [this](qint64 courseId, qint64 lessonId) {
        showPanel(CoursesPage);
        m_coursesPanel->openLesson(courseId, lessonId);
    });
    connect(m_searchPopup, &SearchPopup::questionChosen, this, [this](qint64 questionId) {
        showPanel(CommunityPage);
        m_communityPanel->openQuestion(questionId);
    });
    connect(m_searchPopup, &SearchPopup::eventChosen, this, [this](qint64 eventId) {
        showPanel(CommunityPage);
        m_communityPanel->openEvent(eventId);
    });
    connect(m_searchPopup, &SearchPopup::memberChosen, this, [this](const QString &username) {
        showPanel(ChatPage);
        m_chatPanel->openDirect(username);
    });
    m_stack->addWidget(m_feedPanel);
    m_stack->addWidget(m_coursesPanel);
    m_stack->addWidget(m_chatPanel);
    m_stack->addWidget(m_membershipPanel);
    m_stack->addWidget(m_communityPanel);
    m_stack->addWidget(m_adminPanel);
    m_stack->addWidget(m_dashboardPanel);
    m_stack->addWidget(m_savedPanel);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_feedPanel, &FeedPanel::upgradeRequested, this, [this] { showPanel(MembershipPage); });
    connect(m_dashboardPanel, &DashboardPanel::notice, this, &MainWindow::notify);
    m_dashboardPanel->myActivity()->setCourses(&services.courseList);
    connect(&services.account, &app::AccountService::standingChanged, this,
            [this, &account = services.account] { m_dashboardPanel->myActivity()->showStanding(account.standing()); });
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) { Q_EMIT panelChanged(Panel(row)); });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_communities);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    for (QLabel *label : {m_account, m_notice, m_connection}) {
        label->setTextFormat(Qt::PlainText);
    }
    statusBar()->addWidget(m_account);
    statusBar()->addWidget(m_notice, 1);
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(std::chrono::seconds(10));
    connect(&m_noticeTimer, &QTimer::timeout, m_notice, &QLabel::clear);
    statusBar()->addPermanentWidget(m_bell);
    m_indexing = new IndexingStatus(services.search.indexer(), this);
    statusBar()->addPermanentWidget(m_indexing);
    m_outbox = new OutboxStatus(services.writes, this);
    statusBar()->addPermanentWidget(m_outbox);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_connection);
    connect(&m_sync, &app::SyncService::cancelled, this,
            [this] { notify(tr("Sync cancelled. It continues where it stopped next time.")); });
    connect(&m_sync, &app::SyncService::failed, this, [this](const QString &message) { notify(message); });
    connect(&m_connectivity, &app::Connectivity::onlineChanged, this, &MainWindow::updateConnection);
    connect(&m_session, &app::Session::stateChanged, this, &MainWindow::updateConnection);

    // A mention while Guild is not in front goes to the desktop's notification area.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(applicationIcon(), this);
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showPanel(ChatPage);
            showNormal();
            activateWindow();
        });
    }
    connect(&services.chat.notifications(), &app::ChatNotifications::notificationWanted, this,
            [this](const protocol::chat::Message &message, const QString &channel, bool) {
                if (m_tray && !isActiveWindow()) {
                    m_tray->showMessage(tr("%1 in #%2").arg(message.senderName, channel), message.body.left(200),
                                        QSystemTrayIcon::Information, 8000);
                }
            });

    connectChatAndArticles(services);
    connect(m_coursesPanel, &CoursesPanel::notice, this, &MainWindow::notify);
    // Payment pages open in the member's browser: the card details never pass through Guild.
    connect(m_membershipPanel, &MembershipPanel::openUrlRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    // Event join links are https only (the server checks); they open in the browser on click.
    connect(m_communityPanel, &CommunityPanel::openUrlRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_coursesPanel, &CoursesPanel::openUrlRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    // Homework reviews, answered feedback and the like: said in the status bar, and on the desktop when Guild is
    // behind.
    // Each is announced once; it stays unread in the bell until the member opens it.
    connect(&services.courses, &app::CourseService::notificationsArrived, this,
            [this](const QList<protocol::course::Notification> &unread) {
                for (const protocol::course::Notification &n : unread) {
                    if (m_announced.contains(n.id)) {
                        continue;
                    }
                    m_announced.insert(n.id);
                    const NotificationWording words = wordNotification(n);
                    notify(words.text);
                    if (m_tray && !isActiveWindow()) {
                        m_tray->showMessage(words.title, words.text, QSystemTrayIcon::Information, 8000);
                    }
                }
            });
    connect(&services.courses, &app::CourseService::notificationsLoaded, m_bell, &NotificationCentre::setNotifications);
    connect(m_bell, &NotificationCentre::markRead, &services.courses, &app::CourseService::markNotificationsRead);
    connect(m_bell, &NotificationCentre::opened, this, &MainWindow::openNotification);
    buildMenus();
    m_keyboard = new KeyboardNavigation(*this);
    connect(&m_feed, &app::FeedService::articleOpened, this,
            [this](const protocol::Article &article) { m_openArticle = article.id; });
    // The article open at the last quit, once the feed is there to open it from.
    connect(&m_feed, &app::FeedService::reloaded, this, [this] {
        if (m_reopenArticle > 0) {
            m_feed.openArticle(std::exchange(m_reopenArticle, 0));
        }
    });
    retranslate();
    m_sidebar->setCurrentRow(FeedPage);
    resize(1280, 800);
}

void MainWindow::openSearch()
{
    m_searchPopup->popUp(this);
}

void MainWindow::openNotification(const protocol::course::Notification &n)
{
    // Each opens its exact subject, as the server resolved it: the reviewed lesson, the question, the
    // article under which a comment was hidden, the place in the chat. A subject deleted since opens
    // the panel it lived in.
    const protocol::course::NotificationTarget &t = n.target;
    if (t.kind == u"lesson"_s && t.containerId > 0) {
        showPanel(CoursesPage);
        m_coursesPanel->openLesson(t.containerId, t.id);
    } else if (t.kind == u"question"_s) {
        showPanel(CommunityPage);
        m_communityPanel->openQuestion(t.id);
    } else if (t.kind == u"feedback"_s) {
        showPanel(CommunityPage);
        m_communityPanel->openFeedback(t.id);
    } else if (t.kind == u"article"_s) {
        showPanel(FeedPage);
        m_feed.openArticle(t.id);
    } else if (t.kind == u"message"_s && t.containerId > 0) {
        showPanel(ChatPage);
        m_chatPanel->openChannelAt(t.containerId, t.id);
    } else if (n.kind.startsWith(u"homework."_s)) {
        showPanel(CoursesPage);
    } else if (n.kind.startsWith(u"feedback."_s) || n.kind.startsWith(u"moderation."_s)) {
        showPanel(CommunityPage);
    }
    notify(wordNotification(n).text);
}

void MainWindow::connectChatAndArticles(const Services &services)
{
    auto member = [this] {
        const protocol::User &user = m_session.user();
        // Signed in, or resuming (offline, say) as the member the cache remembers: their panels show.
        const bool known = m_session.state() == app::Session::State::SignedIn ||
                           (m_session.state() == app::Session::State::SigningIn && user.id > 0);
        const bool admin = known && user.role == protocol::Role::Admin;
        const bool author = known && (user.role == protocol::Role::Author || admin);
        m_chatPanel->setMember(user.id, author, admin);
        m_feedPanel->setCanPublish(author);
        m_communityPanel->setCanPublish(author);
        // Running the community is for authors (homework) and admins (members, feedback too).
        m_adminPanel->setRole(admin);
        m_dashboardPanel->setAdmin(admin);
        m_sidebar->item(AdminPage)->setHidden(!author);
        if (m_keyboard) { // also called while the window is built
            m_keyboard->updatePanels();
        }
    };
    connect(&m_session, &app::Session::stateChanged, this, member);
    member();
    // Reports from any panel: the member says why, the moderators get it.
    const auto report = [this, &reports = services.reports](const QString &kind, qint64 id) {
        if (const std::optional<QString> reason = ReportDialog::ask(this)) {
            reports.report(kind, id, *reason);
        }
    };
    connect(m_feedPanel, &FeedPanel::reportRequested, this, report);
    connect(m_chatPanel, &ChatPanel::reportRequested, this, report);
    connect(m_communityPanel, &CommunityPanel::reportRequested, this, report);
    connect(&services.reports, &app::ReportService::notice, this, [this](const QString &message) { notify(message); });
    connect(m_chatPanel, &ChatPanel::promoteRequested, this,
            [this, &feed = services.feed](qint64 rootId, const QString &suggestedTitle) {
                bool ok = false;
                const QString title =
                    QInputDialog::getText(this, tr("Promote thread to article"), tr("Title of the new article:"),
                                          QLineEdit::Normal, suggestedTitle, &ok);
                if (ok && !title.trimmed().isEmpty()) {
                    feed.promoteThread(rootId, title);
                }
            });
    connect(&services.feed, &app::FeedService::threadPromoted, this,
            [this, &feed = services.feed](const protocol::Article &a) {
                notify(tr("Published “%1” from the chat thread.").arg(a.title));
                showPanel(FeedPage);
                feed.openArticle(a.id);
            });
    connect(&services.feed, &app::FeedService::promotionFailed, this, &MainWindow::notify);
    connect(&services.discussion, &app::DiscussionService::likeFailed, this,
            [this](qint64, const QString &message) { notify(message); });
    connect(&services.publishing, &app::PublishingService::published, this,
            [this, &feed = services.feed](const protocol::Article &a) {
                if (a.scheduled) {
                    notify(tr("Scheduled “%1” for %2.")
                               .arg(a.title, QLocale().toString(a.publishedAt.toLocalTime(), QLocale::ShortFormat)));
                    return;
                }
                notify(tr("Published “%1”.").arg(a.title));
                feed.reload();
                feed.openArticle(a.id);
            });
    connect(&services.community, &app::CommunityService::eventStartingSoon, this,
            [this](const protocol::engagement::Event &e) {
                const QString text =
                    tr("“%1” starts at %2.")
                        .arg(e.title, QLocale().toString(e.startsAt.toLocalTime().time(), QLocale::ShortFormat));
                notify(text);
                if (m_tray) {
                    m_tray->showMessage(tr("Event starting soon"), text, QSystemTrayIcon::Information, 15000);
                }
            });
    connect(m_chatPanel, &ChatPanel::promoteQuestionRequested, this,
            [this, &community = services.community](qint64 rootId, const QString &suggestedTitle) {
                bool ok = false;
                const QString title =
                    QInputDialog::getText(this, tr("Promote thread to Q&A"), tr("Title of the question:"),
                                          QLineEdit::Normal, suggestedTitle, &ok);
                if (ok && !title.trimmed().isEmpty()) {
                    community.promoteThread(rootId, title);
                    showPanel(CommunityPage);
                }
            });
    // A promoted article links back to its thread: guild://chat/<channel>/<seq>.
    connect(m_feedPanel->reader()->browser(), &SafeTextBrowser::appLinkActivated, this,
            [this, &chat = services.chat](const QUrl &url) {
                const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
                bool channelOk = false;
                bool seqOk = false;
                const qint64 channel = parts.value(0).toLongLong(&channelOk);
                const qint64 seq = parts.value(1).toLongLong(&seqOk);
                if (url.host() == u"chat"_s && channelOk && seqOk && parts.size() == 2) {
                    showPanel(ChatPage);
                    m_chatPanel->openChannelAt(channel, seq);
                } else {
                    notify(tr("This link points nowhere Guild knows."));
                }
            });
}

bool MainWindow::adminVisible() const
{
    return panelAvailable(AdminPage);
}

void MainWindow::setContentImages(app::ImageUploader &uploader, app::PictureCache &images)
{
    m_feedPanel->setImages(uploader, images);
    m_coursesPanel->coursePage()->lessonView()->body()->setImages(&images);
    m_courseEditor->setPictures(uploader);
    m_communityPanel->setImages(uploader, images);
    m_chatPanel->setImages(images);
}

void MainWindow::reopenArticle(qint64 id)
{
    m_reopenArticle = id;
}

bool MainWindow::panelAvailable(Panel panel) const
{
    return !m_sidebar->item(panel)->isHidden();
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_searchAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSearch);
    // "/" as in a browser or a mail reader; a text box takes it as text, so it opens search only from
    // lists and the reader.
    m_searchAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    m_syncAction = m_fileMenu->addAction(QString(), &m_sync, &app::SyncService::start);
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::settingsRequested);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_signOutAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_session.state() == app::Session::State::SignedIn) {
            Q_EMIT signOutRequested();
        } else {
            Q_EMIT signInRequested();
        }
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);
}

void MainWindow::showPanel(Panel panel)
{
    m_sidebar->setCurrentRow(panel);
}

QString MainWindow::panelName(Panel panel)
{
    switch (panel) {
    case FeedPage:
        return tr("Feed");
    case CoursesPage:
        return tr("Courses");
    case ChatPage:
        return tr("Chat");
    case MembershipPage:
        return tr("Membership");
    case CommunityPage:
        return tr("Community");
    case AdminPage:
        return tr("Admin");
    case DashboardPage:
        return tr("Dashboard");
    case SavedPage:
        break;
    }
    return tr("Saved");
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

MainWindow::Panel MainWindow::currentPanel() const
{
    return Panel(m_sidebar->currentRow());
}

QString MainWindow::connectionText() const
{
    return m_connection->text();
}

QString MainWindow::noticeText() const
{
    return m_notice->text();
}

void MainWindow::notify(const QString &message)
{
    // A label beside the account, not a temporary message: those are painted over the normal widgets.
    m_notice->setText(message);
    m_notice->setToolTip(message);
    m_noticeTimer.start();
}

void MainWindow::updateConnection()
{
    const bool signedIn = m_session.state() == app::Session::State::SignedIn;
    if (m_connectivity.isOnline() && signedIn) {
        m_connection->setText(tr("● Online"));
        theme::tint(m_connection, {{QPalette::WindowText, theme::Role::Positive}});
    } else if (m_connectivity.isOnline() && m_session.state() == app::Session::State::SigningIn) {
        m_connection->setText(tr("● Connecting…"));
        theme::tint(m_connection, {{QPalette::WindowText, theme::Role::Warning}});
    } else {
        m_connection->setText(tr("● Offline: showing saved articles"));
        theme::tint(m_connection, {{QPalette::WindowText, theme::Role::Negative}});
    }
    const QString name =
        m_session.user().displayName.isEmpty() ? m_session.user().username : m_session.user().displayName;
    m_account->setText(name.isEmpty() ? tr("Not signed in") : tr("Signed in as %1").arg(name));
    if (m_signOutAction) {
        m_signOutAction->setText(signedIn ? tr("Sign &out") : tr("Sign &in…"));
    }
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Guild"));
    m_sidebar->setAccessibleName(tr("Panels"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        m_sidebar->item(i)->setText(panelName(Panel(i)));
    }
    m_fileMenu->setTitle(tr("&Guild"));
    m_searchAction->setText(tr("&Search everything…"));
    m_syncAction->setText(tr("Sync &now"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    updateConnection();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The notice told of something past in the old language; the next one comes in the new.
        m_notice->clear();
        m_notice->setToolTip(QString());
    }
    QMainWindow::changeEvent(event);
}

} // namespace guild::ui
