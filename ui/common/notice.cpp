#include "common/notice.h"

#include "theme.h"

#include <QEvent>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {

/// Clears a panel's notice when the language changes: it told of something past in the old
/// language, and the next one comes in the new. Text put into the label since is left alone.
class NoticeForgetter final : public QObject
{
public:
    explicit NoticeForgetter(QLabel *label)
        : QObject(label)
        , m_label(label)
    {
        setObjectName(Name);
        label->installEventFilter(this);
    }
    void remember(const QString &shown) { m_shown = shown; }

    static constexpr QLatin1StringView Name{"guild-notice-forgetter"};

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label && event->type() == QEvent::LanguageChange && !m_shown.isEmpty() &&
            m_label->text() == m_shown) {
            m_label->clear();
            m_shown.clear();
        }
        return false;
    }

private:
    QLabel *m_label;
    QString m_shown;
};

} // namespace

void showNotice(QLabel *label, const QString &message, std::optional<bool> ok)
{
    label->setText(message);
    auto *forgetter = static_cast<NoticeForgetter *>(
        label->findChild<QObject *>(QString(NoticeForgetter::Name), Qt::FindDirectChildrenOnly));
    (forgetter ? forgetter : new NoticeForgetter(label))->remember(message);
    QPalette pal = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (ok) {
        pal.setColor(QPalette::WindowText, theme::color(*ok ? theme::Role::Positive : theme::Role::Negative, pal));
    }
    label->setPalette(pal);
}

} // namespace guild::ui
