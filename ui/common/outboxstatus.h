#pragma once

#include <QToolButton>

namespace guild::app {
class WriteOutbox;
}
namespace guild::models {
struct PendingWrite;
}

namespace guild::ui {

/// In the status bar while writes wait for the server: how many, and whether any was refused. Its menu
/// lists each (what it is, sending or waiting or why it was refused) with "Send again" and "Discard".
/// Hidden when nothing waits.
class OutboxStatus final : public QToolButton
{
    Q_OBJECT
public:
    explicit OutboxStatus(app::WriteOutbox &outbox, QWidget *parent = nullptr);

    /// What a write is, for the member ("Comment on “Title”: first words…").
    static QString describe(const models::PendingWrite &write);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void fillMenu();

    app::WriteOutbox &m_outbox;
};

} // namespace guild::ui
