#include "ui/common/markdown.h"
#include "ui/common/safetextbrowser.h"
#include "ui/feed/articleview.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::ui;

class TestArticleView : public QObject
{
    Q_OBJECT
private:
    static protocol::Article article(const QString &body)
    {
        protocol::Article a;
        a.id = 1;
        a.title = u"<b>Title</b> with markup"_s;
        a.authorName = u"Mallory"_s;
        a.body = body;
        a.hasBody = true;
        a.publishedAt = QDateTime::currentDateTimeUtc();
        return a;
    }

private Q_SLOTS:
    void hostileMarkdown_loadsNothing_andShowsHtmlAsText()
    {
        ArticleView view;
        view.resize(800, 600);
        view.show();
        const QString hostile = u"# Hi\n\n![tracker](https://evil.example/pixel.png)\n\n"
                                "<img src=\"https://evil.example/b.png\"><script>alert(1)</script>\n\n"
                                "[click](javascript:alert(1))\n"_s;
        view.showArticle(article(hostile));
        QApplication::processEvents();
        SafeTextBrowser *browser = view.browser();
        const QString plain = browser->toPlainText();
        QVERIFY(plain.contains(u"<script>"_s)); // raw HTML stays text
        QVERIFY(!browser->toHtml().contains(u"<script"_s));
        // The picture elsewhere is never asked for: it became a link saying where it is.
        QCOMPARE(browser->blockedResources(), 0);
        QVERIFY(plain.contains(u"[Picture at evil.example, not loaded]"_s));
        QVERIFY(!browser->toHtml().contains(u"<img"_s));
        QVERIFY(!browser->openLinks());
        QVERIFY(!browser->openExternalLinks());
        // The title is plain text: its markup is shown, not rendered. The byline's tag links are the one
        // rich label, every part of it escaped (tags_areLinksThatBrowseTheFeed_andNamesStayText).
        const auto labels = view.findChildren<QLabel *>();
        bool titleSeen = false;
        for (QLabel *label : labels) {
            QCOMPARE(label->textFormat(), label == view.metaLabel() ? Qt::RichText : Qt::PlainText);
            titleSeen = titleSeen || label->text() == u"<b>Title</b> with markup"_s;
        }
        QVERIFY(titleSeen);
    }

    void readingView_measure_spacing_andContents()
    {
        ArticleView view;
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QString body;
        const QStringList sections{u"Moves"_s, u"Borrows"_s, u"生命周期"_s, u"Summary"_s};
        for (const QString &section : sections) {
            body += u"## "_s + section + u"\n\n"_s;
            for (int p = 0; p < 6; ++p) {
                body += u"A paragraph long enough to wrap over several lines in a wide window, about %1, "
                        "with 中文 in it too so the spacing is seen on both scripts.\n\n"_s.arg(section);
            }
        }
        view.showArticle(article(body));
        SafeTextBrowser *browser = view.browser();
        // A comfortable line: the column stays near 72 characters, centred, in a wide window.
        const int measure = browser->fontMetrics().horizontalAdvance(u'0') * 72;
        const QRectF line = browser->document()->documentLayout()->blockBoundingRect(
            browser->document()->find(u"A paragraph"_s).block());
        QVERIFY2(line.width() <= measure + 2, qPrintable(u"%1 > %2"_s.arg(line.width()).arg(measure)));
        QVERIFY(line.left() > 100);
        QVERIFY(!browser->horizontalScrollBar()->isVisible()); // lines wrap in the column
        // Prose has air between its lines; headings and code keep their own.
        const QTextBlock prose = browser->document()->find(u"A paragraph"_s).block();
        QCOMPARE(prose.blockFormat().lineHeightType(), int(QTextBlockFormat::ProportionalHeight));
        QCOMPARE(prose.blockFormat().lineHeight(), 160.0);
        // The contents: one entry per heading; choosing one brings it to the top.
        QToolButton *contents = view.contentsButton();
        QVERIFY(contents->isVisible());
        const QList<QAction *> entries = contents->menu()->actions();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(2)->text(), u"  生命周期"_s);
        entries.at(2)->trigger();
        QVERIFY(browser->verticalScrollBar()->value() > 0);
        // At the top, or as near as the end of the text lets it come, and in view.
        const QRect top = browser->cursorRect(browser->document()->find(u"生命周期"_s));
        const bool atTop = top.top() < 40;
        const bool atEnd = browser->verticalScrollBar()->value() == browser->verticalScrollBar()->maximum();
        QVERIFY2((atTop || atEnd) && top.top() >= 0 && top.bottom() < browser->viewport()->height(),
                 qPrintable(QString::number(top.top())));
        entries.at(1)->trigger(); // an earlier one comes all the way up
        QVERIFY(browser->cursorRect(browser->document()->find(u"Borrows"_s)).top() < 40);
        QDir().mkpath(QStringLiteral(GUILD_ARTIFACT_DIR));
        QVERIFY(view.grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/reading_view.png"_s));
        // A short article: no contents to offer.
        view.showArticle(article(u"Just a note."_s));
        QVERIFY(!contents->isVisible());
    }

    void codeBlocks_areMonospace()
    {
        ArticleView view;
        view.showArticle(article(u"Intro\n\n```cpp\nint main() { return 0; }\n```\n\nAfter"_s));
        QTextDocument *doc = view.browser()->document();
        bool found = false;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            if (block.text().contains(u"int main"_s)) {
                found = true;
                QVERIFY(block.charFormat().fontFixedPitch() || QTextCursor(block).charFormat().fontFixedPitch());
                QVERIFY(block.blockFormat().background().style() != Qt::NoBrush);
            } else if (block.text() == u"Intro"_s) {
                QVERIFY(!QTextCursor(block).charFormat().fontFixedPitch());
            }
        }
        QVERIFY(found);
    }

    void chatMarkdown_loadsNothing_andKeepsCodeMonospace()
    {
        ui::SafeMarkdownDocument doc;
        doc.setMarkdownSafely(
            u"look ![x](https://evil.example/t.png) <img src=\"file:///etc/passwd\">\n\n```\nint y;\n```"_s,
            Qt::lightGray);
        QVERIFY(doc.toPlainText().contains(u"<img"_s)); // HTML stays text
        // The picture elsewhere became a link saying where it is before any layout could ask for it…
        QVERIFY(doc.toPlainText().contains(u"[Picture at evil.example, not loaded]"_s));
        doc.size(); // lay out: a picture would be requested now
        QCOMPARE(doc.blockedResources(), 0);
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                QVERIFY(!it.fragment().charFormat().isImageFormat());
            }
        }
        // …and were it asked for anyway, nothing is answered.
        QVERIFY(!doc.resource(QTextDocument::ImageResource, QUrl(u"https://evil.example/t.png"_s)).isValid());
        QCOMPARE(doc.blockedResources(), 1);
        bool mono = false;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            if (block.text() == u"int y;"_s) {
                mono = QTextCursor(block).charFormat().fontFixedPitch() || block.charFormat().fontFixedPitch();
            }
        }
        QVERIFY(mono);
    }

    void lockedArticle_showsTierAndUpgrade()
    {
        ArticleView view;
        view.show();
        protocol::Article a = article(QString());
        a.hasBody = false;
        a.locked = true;
        a.requiredTier = protocol::Tier::Premium;
        a.summary = u"What you will learn"_s;
        view.showArticle(a);
        bool bannerSaysTier = false;
        for (QLabel *label : view.findChildren<QLabel *>()) {
            bannerSaysTier = bannerSaysTier || (label->isVisible() && label->text().contains(u"Premium"_s));
        }
        QVERIFY(bannerSaysTier);
        QPushButton *upgrade = view.findChild<QPushButton *>();
        QVERIFY(upgrade && upgrade->isVisible());
        QCOMPARE(view.browser()->toPlainText(), u"What you will learn"_s);
    }

    void tags_areLinksThatBrowseTheFeed_andNamesStayText()
    {
        ArticleView view;
        view.show();
        protocol::Article a = article(u"Body"_s);
        a.authorName = u"<b>Mallory</b>"_s;
        a.tags = {u"qt"_s, u"c++"_s};
        view.showArticle(a);
        const QString meta = view.metaLabel()->text();
        QVERIFY(meta.contains(u"&lt;b&gt;Mallory&lt;/b&gt;"_s)); // a name is never markup
        QVERIFY(meta.contains(u"<a href=\"tag:c%2B%2B\">#c++</a>"_s));
        QSignalSpy browse(&view, &ArticleView::tagActivated);
        Q_EMIT view.metaLabel()->linkActivated(u"tag:c%2B%2B"_s);
        QCOMPARE(browse.size(), 1);
        QCOMPARE(browse.last().at(0).toString(), u"c++"_s);
        Q_EMIT view.metaLabel()->linkActivated(u"https://elsewhere.example"_s); // not a tag: nothing happens
        QCOMPARE(browse.size(), 1);
    }
};

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
