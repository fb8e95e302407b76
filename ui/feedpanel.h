#pragma once

#include <QWidget>

class QLabel;
class QCheckBox;
class QLineEdit;
class QListView;
class QTimer;

namespace guild::app {
class FeedService;
}
namespace guild::models {
class ArticleFeedModel;
}

namespace guild::ui {

class ArticleView;

/// The feed and the reader side by side, with search over the offline cache.
class FeedPanel final : public QWidget
{
    Q_OBJECT
public:
    FeedPanel(app::FeedService &feed, models::ArticleFeedModel &model, QWidget *parent = nullptr);

    ArticleView *reader() const { return m_reader; }
    QListView *list() const { return m_list; }
    QCheckBox *digestToggle() const { return m_digest; }

Q_SIGNALS:
    void upgradeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmptyState(int count);

    app::FeedService &m_feed;
    QLineEdit *m_search;
    QCheckBox *m_digest;
    QListView *m_list;
    QLabel *m_emptyLabel;
    ArticleView *m_reader;
    QTimer *m_searchDelay;
};

} // namespace guild::ui
