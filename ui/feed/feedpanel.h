#pragma once

#include "protocol/types.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QCheckBox;
class QLineEdit;
class QListView;
class QTimer;

namespace guild::app {
class ImageUploader;
class PictureCache;
class DiscussionService;
class DraftService;
class FeedService;
class PublishingService;
class SavedService;
} // namespace guild::app
namespace guild::models {
class ArticleFeedModel;
}

namespace guild::ui {

class ArticleComposer;
class ArticleView;
class ReaderTools;

/// The feed and the reader side by side, with search over the offline cache, polls, likes and comments in
/// the reader, and for authors a way to write a post.
class FeedPanel final : public QWidget
{
    Q_OBJECT
public:
    FeedPanel(app::FeedService &feed, app::PublishingService &publishing, app::DiscussionService &discussion,
              models::ArticleFeedModel &model, QWidget *parent = nullptr);

    /// Authors and admins may write posts.
    void setCanPublish(bool canPublish);
    /// Opens the composer (one at a time).
    void compose();
    /// Where new posts and comments keep their drafts.
    void setDrafts(app::DraftService &drafts);
    /// Pictures in the reader and the composer's preview, and sending them from the composer.
    void setImages(app::ImageUploader &uploader, app::PictureCache &images);
    /// Where bookmarks and highlights go: the reader gets its tools.
    void setSaved(app::SavedService &saved);
    ReaderTools *readerTools() const { return m_readerTools; }
    /// Opens the composer on an article to change or delete (authors, admins).
    void edit(const protocol::Article &article);
    ArticleComposer *composer() const;
    QPushButton *writeButton() const { return m_write; }
    ArticleView *reader() const { return m_reader; }
    QListView *list() const { return m_list; }
    QCheckBox *digestToggle() const { return m_digest; }

Q_SIGNALS:
    void upgradeRequested();
    /// The member wants the moderators to look at something: kind "comment" and its id.
    void reportRequested(const QString &kind, qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmptyState(int count);

    app::FeedService &m_feed;
    app::PublishingService &m_publishing;
    QLineEdit *m_search;
    QPushButton *m_write;
    QPointer<ArticleComposer> m_composer;
    app::DraftService *m_drafts = nullptr;
    app::ImageUploader *m_uploader = nullptr;
    app::PictureCache *m_images = nullptr;
    QCheckBox *m_digest;
    QListView *m_list;
    QLabel *m_emptyLabel;
    ArticleView *m_reader;
    ReaderTools *m_readerTools = nullptr;
    QTimer *m_searchDelay;
};

} // namespace guild::ui
