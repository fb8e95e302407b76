#include "ui/common/codehighlighter.h"
#include "ui/common/copycode.h"
#include "ui/common/safetextbrowser.h"
#include "ui/common/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QMenu>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

using namespace Qt::StringLiterals;
using guild::ui::CodeHighlighter;
using Kind = CodeHighlighter::Kind;
namespace theme = guild::ui::theme;

namespace {

/// The kind of the span covering `needle` on line `line`, if one covers all of it.
std::optional<Kind> kindOf(const QList<QList<CodeHighlighter::Span>> &spans, const QStringList &lines, int line,
                           const QString &needle)
{
    const qsizetype at = lines.at(line).indexOf(needle);
    if (at < 0) {
        return std::nullopt;
    }
    for (const CodeHighlighter::Span &s : spans.at(line)) {
        if (s.start <= at && at + needle.size() <= s.start + s.length) {
            return s.kind;
        }
    }
    return std::nullopt;
}

const QString Article = uR"(Three languages:

```cpp
#include <vector>
// Sum the values: 求和
int sum(const std::vector<int> &v) {
    int total = 0;
    for (int x : v) { total += x; }
    return total + 42;
}
```

```python
def greet(name):
    """Say hello
    over two lines."""
    return f"你好, {name}"  # 中文注释
```

```sql
SELECT title, count(*) FROM articles WHERE tier = 'member' GROUP BY title; -- by title
```
)"_s;

} // namespace

// Fenced code is coloured by its language with GNU Source-highlight, in the light and the dark scheme.
class TestCodeHighlighter : public QObject
{
    Q_OBJECT
private slots:
    void cpp_keywordsTypesCommentsNumbersAndThePreprocessor()
    {
        const QStringList lines{u"#include <vector>"_s, u"int main() { // note"_s, u"    return 42; }"_s};
        const auto spans = CodeHighlighter::highlight(u"cpp"_s, lines);
        QCOMPARE(spans.size(), lines.size());
        QCOMPARE(kindOf(spans, lines, 0, u"#include"_s), Kind::Preprocessor);
        QCOMPARE(kindOf(spans, lines, 1, u"int"_s), Kind::Type);
        QCOMPARE(kindOf(spans, lines, 1, u"// note"_s), Kind::Comment);
        QCOMPARE(kindOf(spans, lines, 2, u"return"_s), Kind::Keyword);
        QCOMPARE(kindOf(spans, lines, 2, u"42"_s), Kind::Number);
        // "c++" as people write it after the fence names the same language.
        QCOMPARE(CodeHighlighter::highlight(u"c++"_s, lines), spans);
    }

    void python_followsADocstringOverLines_andCountsChineseAsQStringDoes()
    {
        const QStringList lines{u"def f(x):"_s, u"    \"\"\"doc"_s, u"    more\"\"\""_s,
                                u"    return \"中文\"  # 注释"_s};
        const auto spans = CodeHighlighter::highlight(u"python"_s, lines);
        QCOMPARE(kindOf(spans, lines, 0, u"def"_s), Kind::Keyword);
        // Still inside the docstring, which Source-highlight colours as documentation.
        QCOMPARE(kindOf(spans, lines, 1, u"\"\"\"doc"_s), Kind::Comment);
        QCOMPARE(kindOf(spans, lines, 2, u"more"_s), Kind::Comment);
        QCOMPARE(kindOf(spans, lines, 3, u"return"_s), Kind::Keyword);
        QCOMPARE(kindOf(spans, lines, 3, u"\"中文\""_s), Kind::String);
        // The comment after Chinese text starts where QString says, not where UTF-8's bytes would.
        QCOMPARE(kindOf(spans, lines, 3, u"# 注释"_s), Kind::Comment);
    }

    void sql_keywordsInAnyCase()
    {
        const QStringList lines{u"select title from articles where id = 1; -- one"_s};
        const auto spans = CodeHighlighter::highlight(u"sql"_s, lines);
        QCOMPARE(kindOf(spans, lines, 0, u"select"_s), Kind::Keyword);
        QCOMPARE(kindOf(spans, lines, 0, u"where"_s), Kind::Keyword);
        QCOMPARE(kindOf(spans, lines, 0, u"-- one"_s), Kind::Comment);
    }

    void unknownOrHostileLanguages_leaveTheCodePlain()
    {
        const QStringList lines{u"int x = 1;"_s};
        for (const QString &language :
             {u"klingon"_s, u"../../../etc/passwd"_s, u"cpp.lang"_s, QString(), QString(300, u'x'), u"c\u0000pp"_s}) {
            QVERIFY2(!CodeHighlighter::knows(language), qPrintable(language));
            QCOMPARE(CodeHighlighter::highlight(language, lines), QList<QList<CodeHighlighter::Span>>(1));
        }
        for (const QString &language : {u"cpp"_s, u"C++"_s, u"python"_s, u"py"_s, u"sql"_s, u"rust"_s, u"go"_s,
                                        u"java"_s, u"js"_s, u"sh"_s, u"bash"_s, u"c"_s}) {
            QVERIFY2(CodeHighlighter::knows(language), qPrintable(language));
        }
    }

    void articleCode_inBothSchemes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void articleCode_inBothSchemes()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? theme::darkPalette() : theme::lightPalette());
        guild::ui::SafeTextBrowser browser;
        browser.resize(640, 560);
        browser.setMarkdownSafely(Article);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        // Each language's keyword in the scheme's keyword colour, on the scheme's code background.
        const auto colourAt = [&](const QString &needle) {
            const QTextCursor found = browser.document()->find(needle);
            QTextCursor at(browser.document());
            at.setPosition(found.selectionStart() + 1);
            return at.charFormat().foreground().color();
        };
        const QColor keyword = CodeHighlighter::colour(Kind::Keyword, dark);
        QCOMPARE(colourAt(u"return total"_s), keyword);
        QCOMPARE(colourAt(u"def greet"_s), keyword);
        QCOMPARE(colourAt(u"SELECT"_s), keyword);
        QCOMPARE(colourAt(u"// Sum"_s), CodeHighlighter::colour(Kind::Comment, dark));
        QCOMPARE(colourAt(u"'member'"_s), CodeHighlighter::colour(Kind::String, dark));
        QTextCursor prose(browser.document());
        prose.setPosition(1);
        QVERIFY(!prose.charFormat().hasProperty(QTextFormat::ForegroundBrush)); // prose keeps the palette's
        QCOMPARE(browser.document()->find(u"SELECT"_s).block().blockFormat().background().color(),
                 browser.palette().color(QPalette::AlternateBase));
        QVERIFY(CodeHighlighter::colour(Kind::Keyword, true) != CodeHighlighter::colour(Kind::Keyword, false));
        QDir().mkpath(QStringLiteral(GUILD_ARTIFACT_DIR));
        QVERIFY(browser.grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) +
                                    (dark ? u"/code_dark.png"_s : u"/code_light.png"_s)));
    }

    void copyButton_copiesTheBlockUnderThePointer()
    {
        QApplication::setPalette(theme::darkPalette());
        guild::ui::SafeTextBrowser browser;
        browser.resize(640, 400);
        browser.setMarkdownSafely(Article);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QToolButton *copy = browser.copyButton();
        QVERIFY(!copy->isVisible());
        // Over the prose: no button.
        browser.offerCopy(browser.document()->find(u"Three"_s).selectionStart());
        QVERIFY(!copy->isVisible());
        // Over the Python: the button, at that block's top right, copies the whole block.
        const QTextCursor inPython = browser.document()->find(u"over two lines"_s);
        browser.offerCopy(inPython.selectionStart());
        QVERIFY(copy->isVisible());
        const QRect firstLine = browser.cursorRect(browser.document()->find(u"def greet"_s));
        QVERIFY2(qAbs(copy->y() - firstLine.top()) < firstLine.height(), qPrintable(QString::number(copy->y())));
        QVERIFY(copy->x() > browser.viewport()->width() / 2);
        QDir().mkpath(QStringLiteral(GUILD_ARTIFACT_DIR));
        QVERIFY(browser.grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/code_copy_button.png"_s));
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(
            QGuiApplication::clipboard()->text(),
            u"def greet(name):\n    \"\"\"Say hello\n    over two lines.\"\"\"\n    return f\"你好, {name}\"  # 中文注释"_s);
        QCOMPARE(copy->text(), tr("Copied"));
        // Moving to another block offers to copy that one.
        browser.offerCopy(browser.document()->find(u"GROUP BY"_s).selectionStart());
        QCOMPARE(copy->text(), tr("Copy"));
        QTest::mouseClick(copy, Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"SELECT title"_s));
        // A new text takes the button away.
        browser.setMarkdownSafely(u"No code here."_s);
        QVERIFY(!copy->isVisible());
    }

    void schemeChange_recoloursTheCode()
    {
        QApplication::setPalette(theme::lightPalette());
        guild::ui::SafeTextBrowser browser;
        browser.setMarkdownSafely(Article);
        browser.show();
        QApplication::setPalette(theme::darkPalette());
        const auto keywordColour = [&] {
            QTextCursor at(browser.document());
            at.setPosition(browser.document()->find(u"return total"_s).selectionStart() + 1);
            return at.charFormat().foreground().color();
        };
        QTRY_COMPARE(keywordColour(), CodeHighlighter::colour(Kind::Keyword, true));
    }

    void rows_offerCopyCode_inTheirMenu()
    {
        // Rows (chat, answers) are painted: their menu is where code is copied from.
        const QString two = u"Try this:\n\n```cpp\nint x = 1;\nreturn x;\n```\n\nor\n\n```sql\nSELECT 1;\n```\n"_s;
        QCOMPARE(guild::ui::codeBlocksOf(two), (QStringList{u"int x = 1;\nreturn x;"_s, u"SELECT 1;"_s}));
        QVERIFY(guild::ui::codeBlocksOf(u"No code here, only `inline` words."_s).isEmpty());
        QMenu one;
        guild::ui::addCopyCode(one, u"```\nmake -j2\n```"_s);
        QCOMPARE(one.actions().size(), 1);
        one.actions().first()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"make -j2"_s);
        QMenu several;
        guild::ui::addCopyCode(several, two);
        QCOMPARE(several.actions().size(), 1);
        QMenu *each = several.actions().first()->menu();
        QVERIFY(each);
        QCOMPARE(each->actions().size(), 2);
        QCOMPARE(each->actions().at(1)->text(), u"Block 2: SELECT 1;"_s);
        each->actions().at(1)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"SELECT 1;"_s);
        QMenu none;
        guild::ui::addCopyCode(none, u"plain words"_s);
        QVERIFY(none.actions().isEmpty());
    }
};

QTEST_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
