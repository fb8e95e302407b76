#include "kpitile.h"

#include "common/theme.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

KpiTile::KpiTile(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    for (QLabel *label : {m_title, m_value, m_change}) {
        label->setTextFormat(Qt::PlainText);
    }
    m_title->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    setMinimumWidth(150);
}

void KpiTile::setTitle(const QString &title)
{
    m_title->setText(title);
}

void KpiTile::setValue(const QString &value, std::optional<double> change, const QString &detail)
{
    m_value->setText(value);
    setToolTip(detail);
    if (!change) {
        m_change->setText(tr("no earlier period"));
        theme::tint(m_change, {{QPalette::WindowText, theme::Role::Neutral}});
    } else {
        const double percent = *change * 100;
        m_change->setText(tr("%1 %2% vs previous")
                              .arg(percent > 0.05 ? u"▲"_s : (percent < -0.05 ? u"▼"_s : u"="_s),
                                   QLocale().toString(std::abs(percent), 'f', 1)));
        theme::tint(m_change, {{QPalette::WindowText, percent > 0.05    ? theme::Role::Positive
                                                      : percent < -0.05 ? theme::Role::Negative
                                                                        : theme::Role::Neutral}});
    }
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::change() const
{
    return m_change->text();
}

} // namespace guild::ui
