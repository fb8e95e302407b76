#pragma once

#include <QWidget>

class QLabel;

namespace guild::ui {

/// Stands in for a panel that arrives with a later release, saying what it will hold.
class PlaceholderPanel final : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPanel(std::function<QString()> title, std::function<QString()> description, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::function<QString()> m_titleText;
    std::function<QString()> m_descriptionText;
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace guild::ui
