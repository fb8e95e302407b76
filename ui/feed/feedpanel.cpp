#include "feedpanel.h"

#include "articlecomposer.h"
#include "articledelegate.h"
#include "articleview.h"
#include "commentsview.h"
#include "common/reportdialog.h"
#include "common/safetextbrowser.h"
#include "models/articlefeedmodel.h"
#include "pollview.h"
#include "readertools.h"
#include "services/discussionservice.h"
#include "services/feedservice.h"
#include "services/publishingservice.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace guild::ui {

using models::ArticleFeedModel;

FeedPanel::FeedPanel(app::FeedService &feed, app::PublishingService &publishing, app::DiscussionService &discussion,
                     ArticleFeedModel &model, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_publishing(publishing)
    , m_search(new QLineEdit(this))
    , m_write(new QPushButton(this))
    , m_digest(new QCheckBox(this))
    , m_list(new QListView(this))
    , m_emptyLabel(new QLabel(this))
    , m_reader(new ArticleView(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setClearButtonEnabled(true);
    m_list->setModel(&model);
    m_list->setItemDelegate(new ArticleDelegate(m_list));
    m_list->setUniformItemSizes(true); // every row the same height: the view never measures all rows
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_digest);
    searchRow->addWidget(m_write);
    m_write->hide();
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_emptyLabel, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("feedSplitter")); // its sizes are kept across restarts (WindowState)
    splitter->addWidget(left);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 700});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_feed.setSearch(m_search->text()); });
    connect(m_digest, &QCheckBox::toggled, &m_feed, &app::FeedService::setDigestOnly);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const qint64 id = current.data(ArticleFeedModel::IdRole).toLongLong();
        if (id > 0) {
            m_feed.openArticle(id);
        }
    });
    connect(&m_feed, &app::FeedService::reloaded, this, &FeedPanel::updateEmptyState);
    connect(&m_feed, &app::FeedService::articleOpened, m_reader, &ArticleView::showArticle);
    connect(&m_feed, &app::FeedService::articleUnavailable, m_reader, &ArticleView::showUnavailable);
    connect(m_reader, &ArticleView::upgradeRequested, this, &FeedPanel::upgradeRequested);
    connect(m_reader, &ArticleView::editRequested, this, &FeedPanel::edit);
    connect(m_reader, &ArticleView::tagActivated, this, [this](const QString &tag) { m_search->setText(u'#' + tag); });
    // A changed article reads anew; a deleted one leaves the feed and the reader.
    connect(&m_publishing, &app::PublishingService::published, this, [this](const protocol::Article &a) {
        if (!a.scheduled) {
            m_feed.reload();
            m_feed.openArticle(a.id);
        }
    });
    connect(&m_publishing, &app::PublishingService::deleted, this, [this] {
        m_reader->clear();
        m_feed.reload();
    });
    connect(m_write, &QPushButton::clicked, this, &FeedPanel::compose);
    // Polls: the reader asks when it shows an article with one; counts and votes come from the server.
    PollView *poll = m_reader->pollView();
    connect(&m_feed, &app::FeedService::articleOpened, this, [this](const protocol::Article &a) {
        if (a.hasPoll && !a.locked) {
            m_publishing.fetchPoll(a.id);
        }
    });
    connect(&m_publishing, &app::PublishingService::pollLoaded, poll, &PollView::showPoll);
    connect(&m_publishing, &app::PublishingService::pollFailed, poll, &PollView::showMessage);
    connect(poll, &PollView::voteRequested, &m_publishing, &app::PublishingService::vote);
    // Likes and comments: the server answers with the article's new counts, for the reader and the feed.
    connect(m_reader, &ArticleView::likeRequested, &discussion, &app::DiscussionService::setLiked);
    connect(&discussion, &app::DiscussionService::likeFailed, m_reader, &ArticleView::showLikeFailed);
    connect(&discussion, &app::DiscussionService::articleChanged, m_reader, &ArticleView::updateArticle);
    connect(&discussion, &app::DiscussionService::articleChanged, &model, &ArticleFeedModel::updateArticle);
    CommentsView *comments = m_reader->commentsView();
    connect(comments, &CommentsView::loadRequested, &discussion, &app::DiscussionService::loadComments);
    connect(comments, &CommentsView::postRequested, &discussion, &app::DiscussionService::postComment);
    offerReport(
        comments->list(), tr("Report comment…"),
        [](const QModelIndex &index) { return index.data(models::CommentListModel::IdRole).toLongLong(); },
        [this](qint64 id) { Q_EMIT reportRequested(QStringLiteral("comment"), id); });
    connect(&discussion, &app::DiscussionService::commentsLoaded, comments, &CommentsView::showComments);
    connect(&discussion, &app::DiscussionService::commentsFailed, comments, &CommentsView::showLoadFailed);
    connect(&discussion, &app::DiscussionService::commentsKept, comments, &CommentsView::showKept);
    connect(&discussion, &app::DiscussionService::commentQueued, comments, &CommentsView::showQueued);
    connect(&discussion, &app::DiscussionService::commentPosted, comments, &CommentsView::showPosted);
    connect(&discussion, &app::DiscussionService::commentFailed, comments, &CommentsView::showPostFailed);
    connect(&discussion, &app::DiscussionService::commentDiscarded, comments, &CommentsView::showDiscarded);
    connect(comments, &CommentsView::retryRequested, &discussion, &app::DiscussionService::retryComment);
    connect(comments, &CommentsView::discardRequested, &discussion, &app::DiscussionService::discardComment);
    comments->setPendingLookup([&discussion](qint64 articleId) { return discussion.pendingComments(articleId); });
    retranslate();
}

void FeedPanel::setCanPublish(bool canPublish)
{
    m_write->setVisible(canPublish);
    m_reader->setCanPublish(canPublish);
}

ArticleComposer *FeedPanel::composer() const
{
    return m_composer.data();
}

void FeedPanel::compose()
{
    if (m_composer) {
        m_composer->raise();
        m_composer->activateWindow();
        return;
    }
    m_composer = new ArticleComposer(m_publishing, this);
    m_composer->setAttribute(Qt::WA_DeleteOnClose);
    if (m_drafts) {
        m_composer->keepDraft(*m_drafts);
    }
    if (m_uploader) {
        m_composer->setImages(*m_uploader, *m_images);
    }
    m_composer->open();
}

void FeedPanel::setDrafts(app::DraftService &drafts)
{
    m_drafts = &drafts;
    m_reader->commentsView()->setDrafts(drafts);
}

void FeedPanel::setImages(app::ImageUploader &uploader, app::PictureCache &images)
{
    m_uploader = &uploader;
    m_images = &images;
    m_reader->browser()->setImages(&images);
    m_reader->commentsView()->setImages(images);
}

void FeedPanel::setSaved(app::SavedService &saved)
{
    if (!m_readerTools) {
        m_readerTools = new ReaderTools(*m_reader, saved, this);
    }
}

void FeedPanel::edit(const protocol::Article &article)
{
    if (m_composer) {
        m_composer->close();
    }
    m_composer = new ArticleComposer(m_publishing, this);
    m_composer->setAttribute(Qt::WA_DeleteOnClose);
    m_composer->editArticle(article);
    if (m_uploader) {
        m_composer->setImages(*m_uploader, *m_images);
    }
    m_composer->open();
}

void FeedPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search articles, or #tag (works offline)"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_list->setAccessibleName(tr("Articles"));
    m_digest->setText(tr("Digest only"));
    m_write->setText(tr("Write…"));
    m_write->setToolTip(tr("Write a post, now or scheduled, with an optional poll"));
    m_digest->setToolTip(tr("Only the articles the authors chose for the digest (精华)"));
    m_emptyLabel->setText(m_feed.search().isEmpty() ? tr("No articles yet. They appear here after the first sync.")
                                                    : tr("No article matches your search."));
}

void FeedPanel::updateEmptyState(int count)
{
    retranslate();
    m_list->setVisible(count > 0);
    m_emptyLabel->setVisible(count == 0);
}

void FeedPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
