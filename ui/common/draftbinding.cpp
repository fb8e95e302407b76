#include "draftbinding.h"

#include "services/draftservice.h"

#include <QPlainTextEdit>

namespace guild::ui {

DraftBinding::DraftBinding(QPlainTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
{
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_drafts && !m_filling && !m_key.isEmpty()) {
            m_drafts->save(m_key, m_editor->toPlainText());
        }
    });
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
    m_editor->clear();
    m_filling = false;
    if (!m_drafts || key.isEmpty()) {
        return;
    }
    m_drafts->load(key, this, [this, generation](const QString &text) {
        // Only if the box is still for this key and nothing was typed meanwhile.
        if (generation == m_generation && m_editor->toPlainText().isEmpty() && !text.isEmpty()) {
            m_filling = true;
            m_editor->setPlainText(text);
            m_editor->moveCursor(QTextCursor::End);
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
