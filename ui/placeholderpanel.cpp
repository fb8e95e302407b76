#include "placeholderpanel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace guild::ui {

PlaceholderPanel::PlaceholderPanel(std::function<QString()> title, std::function<QString()> description,
                                   QWidget *parent)
    : QWidget(parent)
    , m_titleText(std::move(title))
    , m_descriptionText(std::move(description))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
{
    for (QLabel *label : {m_title, m_description}) {
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addStretch();
    retranslate();
}

void PlaceholderPanel::retranslate()
{
    m_title->setText(m_titleText());
    m_description->setText(m_descriptionText());
}

void PlaceholderPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
