#include "draftbinding.h"

#include "services/draftservice.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace guild::ui {

DraftBinding::DraftBinding(QWidget *editor, std::function<QString()> text, std::function<void(const QString &)> setText)
    : QObject(editor)
    , m_text(std::move(text))
    , m_setText(std::move(setText))
{}

DraftBinding::DraftBinding(QPlainTextEdit *editor)
    : DraftBinding(
          editor, [editor] { return editor->toPlainText(); },
          [editor](const QString &text) {
              editor->setPlainText(text);
              editor->moveCursor(QTextCursor::End);
          })
{
    connect(editor, &QPlainTextEdit::textChanged, this, &DraftBinding::typed);
}

DraftBinding::DraftBinding(QLineEdit *editor)
    : DraftBinding(
          editor, [editor] { return editor->text(); }, [editor](const QString &text) { editor->setText(text); })
{
    connect(editor, &QLineEdit::textChanged, this, &DraftBinding::typed);
}

void DraftBinding::typed()
{
    if (m_drafts && !m_filling && !m_key.isEmpty()) {
        m_drafts->save(m_key, m_text());
    }
}

void DraftBinding::setDrafts(app::DraftService &drafts)
{
    m_drafts = &drafts;
}

void DraftBinding::setKey(const QString &key)
{
    if (key == m_key) {
        return;
    }
    m_key = key;
    const int generation = ++m_generation;
    m_filling = true;
    m_setText(QString());
    m_filling = false;
    if (!m_drafts || key.isEmpty()) {
        return;
    }
    m_drafts->load(key, this, [this, generation](const QString &text) {
        // Only if the box is still for this key and nothing was typed meanwhile.
        if (generation == m_generation && m_text().isEmpty() && !text.isEmpty()) {
            m_filling = true;
            m_setText(text);
            m_filling = false;
        }
    });
}

void DraftBinding::sent()
{
    if (m_drafts && !m_key.isEmpty()) {
        m_drafts->discard(m_key);
    }
}

} // namespace guild::ui
