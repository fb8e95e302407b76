#include "articleview.h"

#include "commentsview.h"
#include "common/formatting.h"
#include "common/safetextbrowser.h"
#include "common/taborder.h"
#include "common/theme.h"
#include "pollview.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol;

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_lockBanner(new QFrame(this))
    , m_lockText(new QLabel(m_lockBanner))
    , m_upgrade(new QPushButton(m_lockBanner))
    , m_actions(new QWidget(this))
    , m_like(new QToolButton(m_actions))
    , m_commentsToggle(new QToolButton(m_actions))
    , m_edit(new QToolButton(m_actions))
    , m_contents(new QToolButton(m_actions))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_body(new SafeTextBrowser(this))
    , m_poll(new PollView(this))
    , m_comments(new CommentsView(this))
    , m_empty(new QLabel(this))
{
    // Text from the server is shown as plain text, never interpreted as rich text.
    for (QLabel *label : {m_title, m_meta, m_lockText, m_empty}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    // The one label with links: each tag browses the feed by that tag. Everything in it is escaped, and
    // no link leaves the app.
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setOpenExternalLinks(false);
    m_meta->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_meta, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"tag:"_s)) {
            Q_EMIT tagActivated(QUrl::fromPercentEncoding(link.mid(4).toUtf8()));
        }
    });
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_split->setObjectName(u"readerSplitter"_s); // its sizes are kept across restarts (WindowState)
    m_lockBanner->setFrameShape(QFrame::StyledPanel);
    m_lockBanner->setAutoFillBackground(true);
    theme::tint(m_lockBanner,
                {{QPalette::Window, theme::Role::Banner}, {QPalette::WindowText, theme::Role::BannerText}});
    auto *bannerLayout = new QHBoxLayout(m_lockBanner);
    bannerLayout->addWidget(m_lockText, 1);
    bannerLayout->addWidget(m_upgrade);
    connect(m_upgrade, &QPushButton::clicked, this, &ArticleView::upgradeRequested);

    m_body->setFrameShape(QFrame::NoFrame);
    // Reaching the bottom is finishing the article; a short one that needs no scrolling counts once shown.
    const auto checkEnd = [this] {
        QScrollBar *bar = m_body->verticalScrollBar();
        if (m_articleId > 0 && !m_reachedEnd && m_body->isVisible() && bar->value() >= bar->maximum()) {
            m_reachedEnd = true;
            Q_EMIT readToEnd(m_articleId);
        }
    };
    connect(m_body->verticalScrollBar(), &QScrollBar::valueChanged, this, checkEnd);
    connect(m_body->verticalScrollBar(), &QScrollBar::rangeChanged, this, checkEnd);

    for (QToolButton *button : {m_like, m_commentsToggle}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
    }
    auto *actionsLayout = new QHBoxLayout(m_actions);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    actionsLayout->addWidget(m_like);
    actionsLayout->addWidget(m_commentsToggle);
    m_contents->setAutoRaise(true);
    m_contents->setPopupMode(QToolButton::InstantPopup);
    m_contents->setMenu(new QMenu(m_contents));
    m_contents->hide();
    actionsLayout->addWidget(m_contents);
    actionsLayout->addStretch(1);
    m_body->setReadingMeasure(72);
    m_edit->setAutoRaise(true);
    m_edit->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_edit->hide();
    actionsLayout->addWidget(m_edit);
    connect(m_edit, &QToolButton::clicked, this, [this] {
        protocol::Article article = m_shown;
        article.body = m_shownBody;
        Q_EMIT editRequested(article);
    });
    connect(m_like, &QToolButton::clicked, this, [this](bool checked) {
        if (m_articleId > 0) {
            Q_EMIT likeRequested(m_articleId, checked);
        }
    });
    connect(m_commentsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_comments->setVisible(open);
        // Opened for the first time (or squeezed to nothing): give the comments a fair share.
        const int total = m_split->height();
        if (open && m_split->sizes().value(1) < total / 4) {
            m_split->setSizes({total * 3 / 5, total * 2 / 5});
        }
        if (open && m_articleId > 0 && m_comments->articleId() != m_articleId) {
            m_comments->showFor(m_articleId);
        }
    });

    // The article and its poll above, the comments below; the member can move the line between them.
    auto *article = new QWidget(this);
    auto *articleLayout = new QVBoxLayout(article);
    articleLayout->setContentsMargins(0, 0, 0, 0);
    articleLayout->addWidget(m_body, 1);
    articleLayout->addWidget(m_poll);
    m_split->addWidget(article);
    m_split->addWidget(m_comments);
    m_split->setChildrenCollapsible(false);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_comments->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_actions);
    layout->addWidget(m_lockBanner);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_empty, 1);
    retranslate();
    clear();
}

void ArticleView::retranslate()
{
    m_upgrade->setText(tr("Upgrade…"));
    m_contents->setText(tr("Contents"));
    m_contents->setToolTip(tr("Go to a section of this article"));
    m_empty->setText(tr("Select an article to read it."));
    m_body->setAccessibleName(tr("Article"));
    m_like->setToolTip(tr("Like this article"));
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Change or delete this article (its author and admins)"));
    m_commentsToggle->setToolTip(tr("Show or hide the comments"));
    updateActionTexts();
}

void ArticleView::updateActionTexts()
{
    m_like->setText((m_shown.likedByMe ? tr("♥ Liked · %L1") : tr("♡ Like · %L1")).arg(m_shown.likeCount));
    m_commentsToggle->setText(tr("Comments · %L1").arg(m_shown.commentCount));
}

void ArticleView::showActions(bool show)
{
    m_actions->setVisible(show);
    m_comments->setVisible(show && m_commentsToggle->isChecked());
    if (!show) {
        return;
    }
    m_like->setChecked(m_shown.likedByMe);
    updateActionTexts();
    if (m_commentsToggle->isChecked() && m_comments->articleId() != m_articleId) {
        m_comments->showFor(m_articleId);
    }
}

void ArticleView::updateArticle(const Article &article)
{
    if (article.id != m_articleId || m_articleId <= 0) {
        return;
    }
    m_shown = article;
    m_shown.body.clear();
    m_like->setChecked(m_shown.likedByMe);
    updateActionTexts();
}

void ArticleView::showLikeFailed(qint64 articleId)
{
    if (articleId == m_articleId) {
        m_like->setChecked(m_shown.likedByMe);
    }
}

void ArticleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ArticleView::clear()
{
    m_title->hide();
    m_meta->hide();
    m_lockBanner->hide();
    m_split->hide();
    m_body->clear();
    m_poll->hide();
    m_articleId = 0;
    showActions(false);
    m_empty->show();
}

void ArticleView::showHeader(const Article &article)
{
    m_empty->hide();
    m_title->setText(article.title);
    QStringList meta{article.authorName.toHtmlEscaped(),
                     QLocale().toString(article.publishedAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped()};
    QStringList tags;
    for (const QString &tag : article.tags) {
        tags << u"<a href=\"tag:%1\">#%2</a>"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(tag)),
                                                    tag.toHtmlEscaped());
    }
    if (!tags.isEmpty()) {
        meta << tags.join(u"&nbsp; "_s);
    }
    m_meta->setText(meta.join(u"&nbsp; · &nbsp;"_s));
    m_title->show();
    m_meta->show();
}

void ArticleView::showArticle(const Article &article)
{
    showHeader(article);
    m_articleId = article.locked ? 0 : article.id;
    m_reachedEnd = false;
    if (article.locked) {
        m_lockText->setText(tr("This article is for %1 members. Upgrade your membership to read it.")
                                .arg(tierDisplayName(article.requiredTier)));
        m_upgrade->show();
        m_lockBanner->show();
        m_body->setPlainText(article.summary);
    } else {
        m_lockBanner->hide();
        m_body->setMarkdownSafely(article.body);
        // A long article gets a table of contents: its headings, indented by level.
        const QList<SafeTextBrowser::Heading> headings = m_body->headings();
        m_contents->menu()->clear();
        for (const SafeTextBrowser::Heading &h : headings) {
            m_contents->menu()->addAction(QString(2 * (h.level - 1), u' ') + h.text, this,
                                          [this, at = h.position] { m_body->scrollToPosition(at); });
        }
        m_contents->setVisible(headings.size() >= 3);
    }
    m_split->show();
    m_shown = article;
    m_shownBody = article.body;
    m_shown.body.clear();
    showActions(!article.locked);
    m_edit->setVisible(m_canPublish && !article.locked);
    if (article.hasPoll && !article.locked) {
        m_poll->showLoading(article.id);
    } else {
        m_poll->hide();
    }
    if (!article.locked) {
        Q_EMIT articleShown(article);
    }
}

void ArticleView::addActionWidget(QWidget *widget)
{
    auto *row = static_cast<QHBoxLayout *>(m_actions->layout());
    insertIntoRow(row, row->count() - 2, widget); // before the stretch and the edit button
}

protocol::Article ArticleView::shownArticle() const
{
    if (m_articleId <= 0) {
        return {};
    }
    protocol::Article article = m_shown;
    article.body = m_shownBody;
    return article;
}

void ArticleView::showUnavailable(const Article &article, const QString &reason)
{
    showHeader(article);
    m_lockText->setText(reason);
    m_upgrade->hide();
    m_lockBanner->show();
    m_body->setPlainText(article.summary);
    m_split->show();
    m_poll->hide();
    m_articleId = 0;
    showActions(false);
}

void ArticleView::setCanPublish(bool canPublish)
{
    m_canPublish = canPublish;
    m_edit->setVisible(canPublish && m_articleId > 0);
}

} // namespace guild::ui
