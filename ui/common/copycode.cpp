#include "copycode.h"

#include "markdown.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {
class CopyCode
{
    Q_DECLARE_TR_FUNCTIONS(guild::ui::CopyCode)
};
} // namespace

QStringList codeBlocksOf(const QString &markdown)
{
    if (!markdown.contains(u"```"_s) && !markdown.contains(u"~~~"_s) && !markdown.contains(u"    "_s) &&
        !markdown.contains(u'\t')) {
        return {}; // no fence and no indentation: no code (and no document to build)
    }
    SafeMarkdownDocument document;
    document.setMarkdownSafely(markdown, QPalette());
    QStringList blocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (codeBlockStart(block) == block) {
            blocks << codeBlockText(block);
        }
    }
    return blocks;
}

void addCopyCode(QMenu &menu, const QString &markdown)
{
    const QStringList blocks = codeBlocksOf(markdown);
    const auto copy = [](const QString &code) { QGuiApplication::clipboard()->setText(code); };
    if (blocks.size() == 1) {
        menu.addAction(CopyCode::tr("Copy code"), &menu, [copy, code = blocks.first()] { copy(code); });
    } else if (blocks.size() > 1) {
        QMenu *each = menu.addMenu(CopyCode::tr("Copy code"));
        const QFontMetrics metrics(menu.font());
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const QString first = metrics.elidedText(blocks.at(i).section(u'\n', 0, 0).trimmed(), Qt::ElideRight, 240);
            each->addAction(CopyCode::tr("Block %1: %2").arg(i + 1).arg(first), &menu,
                            [copy, code = blocks.at(i)] { copy(code); });
        }
    }
}

} // namespace guild::ui
