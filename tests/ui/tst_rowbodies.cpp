#include "ui/common/markdown.h"
#include "ui/common/rowbodies.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using guild::ui::RowBodies;
using guild::ui::SafeMarkdownDocument;

// List rows lay out text without Markdown through a QTextLayout instead of a document: only text that
// Markdown would show as itself takes that path, and it looks exactly as the document shows it.
class TestRowBodies : public QObject
{
    Q_OBJECT
private:
    static QImage rendered(const std::function<void(QPainter *)> &draw, int width, int height)
    {
        QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        draw(&painter);
        return image;
    }

private Q_SLOTS:
    void plainText_isOnlyWhatMarkdownShowsAsItself_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("plain");
        QTest::newRow("words") << u"short one"_s << true;
        QTest::newRow("sentence") << u"A longer message, with commas; and a question? Yes."_s << true;
        QTest::newRow("chinese") << u"中文消息也要顺畅地显示。"_s << true;
        QTest::newRow("emoji") << u"done 🎉"_s << true;
        QTest::newRow("empty") << u""_s << false;
        QTest::newRow("bold") << u"**bold**"_s << false;
        QTest::newRow("emphasis") << u"an _emphasis_"_s << false;
        QTest::newRow("code") << u"run `make`"_s << false;
        QTest::newRow("fence") << u"```cpp\nint i;\n```"_s << false;
        QTest::newRow("heading") << u"# title"_s << false;
        QTest::newRow("list") << u"- item"_s << false;
        QTest::newRow("plus list") << u"+ item"_s << false;
        QTest::newRow("ordered list") << u"1. first"_s << false;
        QTest::newRow("ordered list paren") << u"1) first"_s << false;
        QTest::newRow("quote") << u"> said"_s << false;
        QTest::newRow("break") << u"line\nline"_s << false;
        QTest::newRow("link") << u"[here](https://example.com)"_s << false;
        QTest::newRow("image") << u"![x](https://example.com/x.png)"_s << false;
        QTest::newRow("url") << u"see https://example.com now"_s << false;
        QTest::newRow("www") << u"see WWW.example.com now"_s << false;
        QTest::newRow("mail") << u"write to me@example.com"_s << false;
        QTest::newRow("entity") << u"a &lt; b"_s << false;
        QTest::newRow("html") << u"<b>x</b>"_s << false;
        QTest::newRow("table") << u"a | b"_s << false;
        QTest::newRow("strike") << u"~~gone~~"_s << false;
        QTest::newRow("escape") << u"a \\* b"_s << false;
        QTest::newRow("leading space") << u"    code"_s << false;
        QTest::newRow("trailing space") << u"words "_s << false;
        QTest::newRow("rule") << u"---"_s << false;
    }
    void plainText_isOnlyWhatMarkdownShowsAsItself()
    {
        QFETCH(QString, text);
        QFETCH(bool, plain);
        QCOMPARE(RowBodies::isPlainText(text), plain);
    }

    void plainBody_looksAsTheDocumentShowsIt()
    {
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        option.palette = QApplication::palette();
        const QStringList texts{u"short one"_s,
                                u"A longer message that wraps over a couple of lines in a window of ordinary width, "
                                "the way people write when they explain something."_s,
                                u"中文消息也要顺畅地显示。中文消息也要顺畅地显示。中文消息也要顺畅地显示。"_s,
                                u"averyveryverylongwordwithoutanyspacethatmustbreakanywhereatall"_s};
        RowBodies bodies(100);
        int n = 0;
        for (const QString &text : texts) {
            QVERIFY(RowBodies::isPlainText(text));
            for (int width : {80, 220, 600}) {
                const auto *plain = bodies.body(QString::number(++n), text, option, width);
                SafeMarkdownDocument document;
                document.setDefaultFont(option.font);
                document.setMarkdownSafely(text, option.palette);
                document.setTextWidth(width);
                QCOMPARE(plain->height(), document.size().height());
                const int height = qCeil(document.size().height()) + 2;
                const QImage fromLayout = rendered([&](QPainter *p) { plain->draw(p, option.palette); }, width, height);
                const QImage fromDocument = rendered(
                    [&](QPainter *p) {
                        QAbstractTextDocumentLayout::PaintContext context;
                        context.palette = option.palette;
                        document.documentLayout()->draw(p, context);
                    },
                    width, height);
                QCOMPARE(fromLayout, fromDocument);
            }
        }
    }

    void markdown_stillGoesThroughTheSafeDocument()
    {
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        RowBodies bodies(10);
        // Bold is wider than the same letters plain: the Markdown path drew it.
        const auto *bold = bodies.body(u"b"_s, u"**wide words here**"_s, option, 600);
        const auto *plain = bodies.body(u"p"_s, u"wide words here"_s, option, 600);
        const auto inkWidth = [](const guild::ui::RowBody *body) {
            const QImage image = rendered([&](QPainter *p) { body->draw(p, QApplication::palette()); }, 600, 40);
            int right = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (image.pixel(x, y) != qRgb(255, 255, 255)) {
                        right = std::max(right, x);
                    }
                }
            }
            return right;
        };
        QVERIFY(inkWidth(plain) > 0);
        QVERIFY(inkWidth(bold) > inkWidth(plain));
    }
};

QTEST_MAIN(TestRowBodies)
#include "tst_rowbodies.moc"
