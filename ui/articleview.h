#pragma once

#include "protocol/types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QFrame;

namespace guild::ui {

class PollView;
class SafeTextBrowser;

/// The reader: title, byline, tags and the Markdown body; a locked article shows its tier and a way to upgrade.
class ArticleView final : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void showArticle(const protocol::Article &article);
    /// Shows what is known of an article that cannot be read in full, with the reason.
    void showUnavailable(const protocol::Article &article, const QString &reason);
    void clear();
    SafeTextBrowser *browser() const { return m_body; }
    /// The article's poll, shown when it has one; filled by whoever fetches polls.
    PollView *pollView() const { return m_poll; }

Q_SIGNALS:
    void upgradeRequested();
    /// The member scrolled to the end of the article (once per article shown).
    void readToEnd(qint64 articleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showHeader(const protocol::Article &article);
    void retranslate();

    QLabel *m_title;
    QLabel *m_meta;
    QFrame *m_lockBanner;
    QLabel *m_lockText;
    QPushButton *m_upgrade;
    SafeTextBrowser *m_body;
    PollView *m_poll;
    QLabel *m_empty;
    qint64 m_articleId = 0;
    bool m_reachedEnd = false;
};

QString tierDisplayName(protocol::Tier tier);

} // namespace guild::ui
